# Field kinds: str, date, num, bool, scalar, raw, obj:X, list:X, list1:X, strs, vocab:V, ctx, creds
# (json name, kind, required, doc)
V2 = "https://www.w3.org/ns/credentials/v2"
OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CLR = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"

def envelope(subject_kind, extra_before_issuer=(), endorsements=True, id_required=True, name_required=False):
    f = [("@context", "ctx", True, "the JSON-LD contexts, in order; the first one selects the VC data model version"),
         ("id", "str", id_required, "the credential's URI"),
         ("type", "strs", True, "the credential types"),
         ("name", "str", name_required, "the credential's name"),
         ("description", "str", False, "a short description of the credential"),
         ("image", "obj:Image", False, "an image representing the credential")]
    f += list(extra_before_issuer)
    f += [("issuer", "obj:Profile", True, "the issuer (written as a bare URI when read that way or set with issuer(String))"),
          ("validFrom", "date", False, "VC 2.0: when the credential becomes valid (DateTimeZ)"),
          ("validUntil", "date", False, "VC 2.0: when the credential stops being valid (DateTimeZ)"),
          ("issuanceDate", "date", False, "VC 1.1: when the credential was issued (DateTimeZ)"),
          ("expirationDate", "date", False, "VC 1.1: when the credential expires (DateTimeZ)"),
          ("awardedDate", "date", False, "when the achievement was originally awarded (DateTimeZ)"),
          ("credentialSubject", subject_kind, True, "the subject of the credential"),
          ("evidence", "list:Evidence", False, "evidence supporting the claim")]
    if endorsements:
        f += [("endorsement", "list:EndorsementCredential", False, "embedded endorsements"),
              ("endorsementJwt", "strs", False, "endorsements as compact JWS strings")]
    f += [("credentialSchema", "list:CredentialSchema", False, "JSON schemas the credential claims to follow"),
          ("credentialStatus", "list1:CredentialStatus", False, "status entries (usually one; written as a single object when there is one)"),
          ("refreshService", "obj:RefreshService", False, "how to refresh the credential"),
          ("termsOfUse", "list:TermsOfUse", False, "terms of use"),
          ("proof", "list:Proof", False, "embedded proofs")]
    return f

CLASSES = {}
def C(name, doc, fields, type_default=None, type_req=None, extra="", checks="", credential=None, context_default=None, spec=""):
    CLASSES[name] = dict(name=name, doc=doc, fields=fields, type_default=type_default, type_req=type_req,
                         extra=extra, checks=checks, credential=credential, context_default=context_default, spec=spec)

C("Image", "An image (URL or data URI) with an optional caption (OB 3.0 Image).", [
  ("id", "str", True, "the URL or data URI of the image"),
  ("type", "str", True, "always \"Image\""),
  ("caption", "str", False, "the caption")], type_default=["Image"], type_req=[["Image"]], spec="#image")
C("Criteria", "How the achievement is earned: a criteria page URI and/or a narrative (OB 3.0 Criteria).", [
  ("id", "str", False, "the URI of a human-readable criteria page"),
  ("narrative", "str", False, "the criteria in Markdown")], spec="#criteria")
C("Alignment", "An alignment of an achievement or result to a node in an educational framework (OB 3.0 Alignment).", [
  ("type", "strs", True, "the types, containing \"Alignment\""),
  ("targetCode", "str", False, "the code of the target in its framework"),
  ("targetDescription", "str", False, "a description of the target"),
  ("targetName", "str", True, "the name of the target"),
  ("targetFramework", "str", False, "the name of the framework"),
  ("targetType", "vocab:AlignmentTargetType", False, "the kind of target"),
  ("targetUrl", "str", True, "the URL of the target")], type_default=["Alignment"], type_req=[["Alignment"]], spec="#alignment")
C("IdentifierEntry", "An identifier of a profile or achievement in another system (CDM IdentifierEntry).", [
  ("type", "str", True, "always \"IdentifierEntry\""),
  ("identifier", "str", True, "the identifier"),
  ("identifierType", "vocab:IdentifierType", True, "the kind of identifier")], type_default=["IdentifierEntry"], type_req=[["IdentifierEntry"]], spec="#identifierentry")
C("IdentityObject", "A recipient identifier, plain or salted-hashed (OB 3.0 IdentityObject).", [
  ("type", "str", True, "always \"IdentityObject\""),
  ("hashed", "bool", True, "whether identityHash holds a hash (true) or the identifier itself (false)"),
  ("identityHash", "str", True, "the hash as {@code <alg>$<hex>}, or the plain identifier when not hashed"),
  ("identityType", "vocab:IdentifierType", True, "the kind of identifier"),
  ("salt", "str", False, "the salt appended to the identifier before hashing")], type_default=["IdentityObject"], type_req=[["IdentityObject"]], spec="#identityobject", extra="IDENTITY")
C("GeoCoordinates", "A geographic position (CDM GeoCoordinates).", [
  ("type", "str", True, "always \"GeoCoordinates\""),
  ("latitude", "num", True, "the latitude"),
  ("longitude", "num", True, "the longitude")], type_default=["GeoCoordinates"], type_req=[["GeoCoordinates"]], spec="#geocoordinates")
C("Address", "A postal address (CDM Address).", [
  ("type", "strs", True, "the types, containing \"Address\""),
  ("addressCountry", "str", False, "the country"),
  ("addressCountryCode", "str", False, "the ISO 3166-1 alpha-2 country code"),
  ("addressRegion", "str", False, "the region"),
  ("addressLocality", "str", False, "the city or locality"),
  ("streetAddress", "str", False, "the street address"),
  ("postOfficeBoxNumber", "str", False, "the post office box number"),
  ("postalCode", "str", False, "the postal code"),
  ("geo", "obj:GeoCoordinates", False, "the geographic coordinates")], type_default=["Address"], type_req=[["Address"]], spec="#address")
C("Profile", "A person or organisation: an issuer, creator, endorser or source (OB 3.0 Profile).", [
  ("id", "str", True, "the profile's URI"),
  ("type", "strs", True, "the types, containing \"Profile\""),
  ("name", "str", False, "the name"),
  ("url", "str", False, "the home page"),
  ("phone", "str", False, "the phone number"),
  ("description", "str", False, "a short description"),
  ("endorsement", "list:EndorsementCredential", False, "embedded endorsements"),
  ("endorsementJwt", "strs", False, "endorsements as compact JWS strings"),
  ("image", "obj:Image", False, "an image or logo"),
  ("email", "str", False, "the e-mail address"),
  ("address", "obj:Address", False, "the postal address"),
  ("otherIdentifier", "list:IdentifierEntry", False, "identifiers in other systems"),
  ("official", "str", False, "the name of an authorised official"),
  ("parentOrg", "obj:Profile", False, "the parent organisation"),
  ("familyName", "str", False, "family name"),
  ("givenName", "str", False, "given name"),
  ("additionalName", "str", False, "additional name"),
  ("patronymicName", "str", False, "patronymic name"),
  ("honorificPrefix", "str", False, "honorific prefix"),
  ("honorificSuffix", "str", False, "honorific suffix"),
  ("familyNamePrefix", "str", False, "family name prefix"),
  ("dateOfBirth", "str", False, "date of birth (ISO 8601 date)")], type_default=["Profile"], type_req=[["Profile"]], spec="#profile")
C("Related", "The same achievement in another language or version (OB 3.0 Related).", [
  ("id", "str", True, "the related achievement's URI"),
  ("type", "strs", True, "the types, containing \"Related\""),
  ("inLanguage", "str", False, "its language"),
  ("version", "str", False, "its version")], type_default=["Related"], type_req=[["Related"]], spec="#related")
C("RubricCriterionLevel", "A level of a rubric criterion (OB 3.0 RubricCriterionLevel).", [
  ("id", "str", True, "the level's URI"),
  ("type", "strs", True, "the types, containing \"RubricCriterionLevel\""),
  ("alignment", "list:Alignment", False, "alignments"),
  ("description", "str", False, "a description"),
  ("level", "str", False, "the level name"),
  ("name", "str", True, "the name"),
  ("points", "str", False, "the points")], type_default=["RubricCriterionLevel"], type_req=[["RubricCriterionLevel"]], spec="#rubriccriterionlevel")
C("ResultDescription", "A possible result of an achievement (OB 3.0 ResultDescription).", [
  ("id", "str", True, "the result description's URI"),
  ("type", "strs", True, "the types, containing \"ResultDescription\""),
  ("alignment", "list:Alignment", False, "alignments"),
  ("allowedValue", "strs", False, "the allowed values, ordered low to high"),
  ("name", "str", True, "the name"),
  ("requiredLevel", "str", False, "the id of the rubric criterion level required"),
  ("requiredValue", "str", False, "the value required"),
  ("resultType", "vocab:ResultType", True, "the kind of result"),
  ("rubricCriterionLevel", "list:RubricCriterionLevel", False, "the rubric levels, ordered low to high"),
  ("valueMax", "str", False, "the maximum value"),
  ("valueMin", "str", False, "the minimum value")], type_default=["ResultDescription"], type_req=[["ResultDescription"]], spec="#resultdescription")
C("Result", "A result the subject earned (OB 3.0 Result).", [
  ("type", "strs", True, "the types, containing \"Result\""),
  ("achievedLevel", "str", False, "the id of the rubric criterion level achieved"),
  ("alignment", "list:Alignment", False, "alignments"),
  ("resultDescription", "str", False, "the id of the result description in the achievement"),
  ("status", "vocab:ResultStatusType", False, "the status"),
  ("value", "str", False, "the value")], type_default=["Result"], type_req=[["Result"]], spec="#result")
C("Achievement", "An accomplishment: badge, course, certificate, degree… (OB 3.0 Achievement).", [
  ("id", "str", True, "the achievement's URI"),
  ("type", "strs", True, "the types, containing \"Achievement\""),
  ("alignment", "list:Alignment", False, "alignments to frameworks"),
  ("achievementType", "vocab:AchievementType", False, "the kind of achievement"),
  ("creator", "obj:Profile", False, "who created the achievement"),
  ("creditsAvailable", "num", False, "the credits available (kept with its exact JSON number form)"),
  ("criteria", "obj:Criteria", True, "how it is earned"),
  ("description", "str", True, "a short description"),
  ("endorsement", "list:EndorsementCredential", False, "embedded endorsements"),
  ("endorsementJwt", "strs", False, "endorsements as compact JWS strings"),
  ("fieldOfStudy", "str", False, "the field of study"),
  ("humanCode", "str", False, "a human-readable code"),
  ("image", "obj:Image", False, "the badge image"),
  ("inLanguage", "str", False, "the language (LanguageCode)"),
  ("name", "str", True, "the name"),
  ("otherIdentifier", "list:IdentifierEntry", False, "identifiers in other systems"),
  ("related", "list:Related", False, "the same achievement in other languages or versions"),
  ("resultDescription", "list:ResultDescription", False, "possible results"),
  ("specialization", "str", False, "the specialization"),
  ("tag", "strs", False, "tags"),
  ("version", "str", False, "the version")], type_default=["Achievement"], type_req=[["Achievement"]], spec="#achievement")
C("AchievementSubject", "The recipient of an AchievementCredential and what they achieved (OB 3.0 AchievementSubject).", [
  ("id", "str", False, "the recipient's URI (or use identifier)"),
  ("type", "strs", True, "the types, containing \"AchievementSubject\""),
  ("activityStartDate", "date", False, "when the activity started"),
  ("activityEndDate", "date", False, "when the activity ended"),
  ("creditsEarned", "num", False, "the credits earned (kept with its exact JSON number form)"),
  ("achievement", "obj:Achievement", True, "the achievement"),
  ("identifier", "list:IdentityObject", False, "identifiers of the recipient"),
  ("image", "obj:Image", False, "an image of the recipient's achievement"),
  ("licenseNumber", "str", False, "a license number"),
  ("narrative", "str", False, "a narrative (Markdown)"),
  ("result", "list:Result", False, "results"),
  ("role", "str", False, "the role"),
  ("source", "obj:Profile", False, "the organisation that assessed the subject"),
  ("term", "str", False, "the academic term")], type_default=["AchievementSubject"], type_req=[["AchievementSubject"]],
  checks="ID_OR_IDENTIFIER", spec="#achievementsubject")
C("Evidence", "Evidence supporting the achievement (OB 3.0 Evidence).", [
  ("id", "str", False, "the evidence URL or data URI"),
  ("type", "strs", True, "the types, containing \"Evidence\""),
  ("narrative", "str", False, "a narrative (Markdown)"),
  ("name", "str", False, "the name"),
  ("description", "str", False, "a description"),
  ("genre", "str", False, "the genre"),
  ("audience", "str", False, "the audience")], type_default=["Evidence"], type_req=[["Evidence"]], spec="#evidence")
C("EndorsementSubject", "What an endorsement endorses (OB 3.0 EndorsementSubject).", [
  ("id", "str", True, "the URI of the endorsed credential, achievement or profile"),
  ("type", "strs", True, "the types, containing \"EndorsementSubject\""),
  ("endorsementComment", "str", False, "the endorser's comment (Markdown)")], type_default=["EndorsementSubject"], type_req=[["EndorsementSubject"]], spec="#endorsementsubject")
C("Association", "A relation between two achievements of a CLR (CLR 2.0 Association).", [
  ("type", "str", True, "always \"Association\""),
  ("associationType", "vocab:AssociationType", True, "the relation"),
  ("sourceId", "str", True, "the id of the source achievement"),
  ("targetId", "str", True, "the id of the target achievement")], type_default=["Association"], type_req=[["Association"]], spec="CLR")
C("ClrSubject", "The learner of a CLR and their credentials (CLR 2.0 ClrSubject).", [
  ("id", "str", False, "the learner's URI (or use identifier)"),
  ("type", "strs", True, "the types, containing \"ClrSubject\""),
  ("identifier", "list:IdentityObject", False, "identifiers of the learner"),
  ("achievement", "list:Achievement", False, "the achievements the publisher expects the learner to achieve"),
  ("verifiableCredential", "creds", True, "the embedded credentials, each with its own proof"),
  ("association", "list:Association", False, "relations between achievements")], type_default=["ClrSubject"], type_req=[["ClrSubject"]],
  checks="ID_OR_IDENTIFIER", spec="CLR")
C("CredentialSchema", "A JSON schema a credential follows (VC credentialSchema).", [
  ("id", "str", True, "the schema URL"),
  ("type", "str", True, "the validator type, e.g. 1EdTechJsonSchemaValidator2019")], spec="#credentialschema")
C("CredentialStatus", "A status entry: revocation/suspension list pointer (VC credentialStatus; 1EdTechRevocationList or BitstringStatusListEntry).", [
  ("id", "str", False, "the id of the status entry or status method URL"),
  ("type", "str", True, "the status method, e.g. BitstringStatusListEntry"),
  ("statusPurpose", "str", False, "BitstringStatusListEntry: the purpose (revocation, suspension…)"),
  ("statusListIndex", "scalar", False, "BitstringStatusListEntry: the index (a base-10 string; integers are kept as read)"),
  ("statusListCredential", "str", False, "BitstringStatusListEntry: the URL of the status list credential")], spec="#credentialstatus")
C("RefreshService", "How to refresh a credential (VC refreshService).", [
  ("id", "str", True, "the service URL"),
  ("type", "str", True, "the service type, e.g. 1EdTechCredentialRefresh")], spec="#refreshservice")
C("TermsOfUse", "Terms of use of a credential (VC termsOfUse).", [
  ("id", "str", False, "the terms URI"),
  ("type", "str", True, "the terms type")], spec="#termsofuse")
C("Proof", "An embedded proof (Data Integrity or a legacy suite); every property is kept.", [
  ("id", "str", False, "the proof's id (used by proof chains)"),
  ("type", "str", True, "the proof type, e.g. DataIntegrityProof"),
  ("cryptosuite", "str", False, "the cryptosuite, e.g. eddsa-rdfc-2022"),
  ("created", "date", False, "when the proof was created"),
  ("expires", "date", False, "when the proof expires"),
  ("verificationMethod", "str", False, "the verification method URI"),
  ("proofPurpose", "str", False, "the purpose, normally assertionMethod"),
  ("challenge", "str", False, "the challenge"),
  ("domain", "str", False, "the domain"),
  ("nonce", "str", False, "the nonce"),
  ("previousProof", "strs", False, "ids of the proofs this proof chains to"),
  ("proofValue", "str", False, "the proof value (multibase)")], spec="#proof")

C("AchievementCredential", "An Open Badges 3.0 credential (alias OpenBadgeCredential), VC data model 2.0 or 1.1.",
  envelope("obj:AchievementSubject"), type_default=["VerifiableCredential", "OpenBadgeCredential"],
  type_req=[["VerifiableCredential"], ["AchievementCredential", "OpenBadgeCredential"]], credential=True,
  context_default=[V2, OB], spec="#achievementcredential")
C("EndorsementCredential", "A third party's endorsement of a credential, achievement or profile (OB 3.0 EndorsementCredential).",
  envelope("obj:EndorsementSubject", endorsements=False, name_required=True), type_default=["VerifiableCredential", "EndorsementCredential"],
  type_req=[["VerifiableCredential"], ["EndorsementCredential"]], credential=True, context_default=[V2, OB], spec="#endorsementcredential")
C("ClrCredential", "A Comprehensive Learner Record 2.0 credential bundling a learner's credentials.",
  envelope("obj:ClrSubject", extra_before_issuer=[("partial", "bool", False, "true when not all the learner's known assertions are included")], name_required=True),
  type_default=["VerifiableCredential", "ClrCredential"], type_req=[["VerifiableCredential"], ["ClrCredential"]], credential=True,
  context_default=[V2, CLR, OB], spec="CLR")
C("VerifiableCredential", "Any other verifiable credential (e.g. a status list credential); the subject is kept as raw JSON.",
  envelope("raw", endorsements=False, id_required=False), type_default=["VerifiableCredential"], type_req=[["VerifiableCredential"]],
  credential=True, context_default=[V2], spec="VC")

def camel_to_const(s):
    import re
    s = s.replace(":", "_").replace("-", "_")
    s = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s)
    return s.upper()

VOCABS = {
 "AchievementType": ("the kind of an achievement (OB 3.0 AchievementType)", "Achievement ApprenticeshipCertificate Assessment Assignment AssociateDegree Award Badge BachelorDegree Certificate CertificateOfCompletion Certification CommunityService Competency Course CoCurricular Degree Diploma DoctoralDegree Fieldwork GeneralEducationDevelopment JourneymanCertificate LearningProgram License Membership ProfessionalDoctorate QualityAssuranceCredential MasterCertificate MasterDegree MicroCredential ResearchDoctorate SecondarySchoolDiploma".split()),
 "ResultType": ("the kind of a result (OB 3.0 ResultType)", "GradePointAverage LetterGrade Percent PerformanceLevel PredictedScore RawScore Result RubricCriterion RubricCriterionLevel RubricScore ScaledScore Status".split()),
 "ResultStatusType": ("the status of a result (OB 3.0 ResultStatusType)", "Completed Enrolled Failed InProgress OnHold Provisional Withdrew".split()),
 "AlignmentTargetType": ("the kind of an alignment target (OB 3.0 AlignmentTargetType)", "ceasn:Competency ceterms:Credential CFItem CFRubric CFRubricCriterion CFRubricCriterionLevel CTDL".split()),
 "IdentifierType": ("the kind of an identifier (CDM IdentifierTypeEnum)", "name sourcedId systemId productId userName accountId emailAddress nationalIdentityNumber isbn issn lisSourcedId oneRosterSourcedId sisSourcedId ltiContextId ltiDeploymentId ltiToolId ltiPlatformId ltiUserId identifier".split()),
 "AssociationType": ("the relation of a CLR association (CLR 2.0 AssociationType)", "exactMatchOf isChildOf isParentOf isPartOf isPeerOf isRelatedTo precedes replacedBy".split()),
}
CONST_OVERRIDES = {"CFItem": "CF_ITEM", "CFRubric": "CF_RUBRIC", "CFRubricCriterion": "CF_RUBRIC_CRITERION", "CFRubricCriterionLevel": "CF_RUBRIC_CRITERION_LEVEL", "CTDL": "CTDL"}
