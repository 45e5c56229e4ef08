package org.microcred.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of the kind of an achievement (OB 3.0 AchievementType): one of the spec terms (constants below) or an extension term {@code ext:…}.
 *
 * <p>Immutable. {@link #of(String)} is strict (for building); {@link #lenient(String)} keeps any string (for
 * reading), so {@link #isValid()} can be reported later by a verifier.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievementtype">the enumeration in the spec</a>
 */
public final class AchievementType {

    /** The spec term {@code Achievement}. */
    public static final AchievementType ACHIEVEMENT = new AchievementType("Achievement");

    /** The spec term {@code ApprenticeshipCertificate}. */
    public static final AchievementType APPRENTICESHIP_CERTIFICATE = new AchievementType("ApprenticeshipCertificate");

    /** The spec term {@code Assessment}. */
    public static final AchievementType ASSESSMENT = new AchievementType("Assessment");

    /** The spec term {@code Assignment}. */
    public static final AchievementType ASSIGNMENT = new AchievementType("Assignment");

    /** The spec term {@code AssociateDegree}. */
    public static final AchievementType ASSOCIATE_DEGREE = new AchievementType("AssociateDegree");

    /** The spec term {@code Award}. */
    public static final AchievementType AWARD = new AchievementType("Award");

    /** The spec term {@code Badge}. */
    public static final AchievementType BADGE = new AchievementType("Badge");

    /** The spec term {@code BachelorDegree}. */
    public static final AchievementType BACHELOR_DEGREE = new AchievementType("BachelorDegree");

    /** The spec term {@code Certificate}. */
    public static final AchievementType CERTIFICATE = new AchievementType("Certificate");

    /** The spec term {@code CertificateOfCompletion}. */
    public static final AchievementType CERTIFICATE_OF_COMPLETION = new AchievementType("CertificateOfCompletion");

    /** The spec term {@code Certification}. */
    public static final AchievementType CERTIFICATION = new AchievementType("Certification");

    /** The spec term {@code CommunityService}. */
    public static final AchievementType COMMUNITY_SERVICE = new AchievementType("CommunityService");

    /** The spec term {@code Competency}. */
    public static final AchievementType COMPETENCY = new AchievementType("Competency");

    /** The spec term {@code Course}. */
    public static final AchievementType COURSE = new AchievementType("Course");

    /** The spec term {@code CoCurricular}. */
    public static final AchievementType CO_CURRICULAR = new AchievementType("CoCurricular");

    /** The spec term {@code Degree}. */
    public static final AchievementType DEGREE = new AchievementType("Degree");

    /** The spec term {@code Diploma}. */
    public static final AchievementType DIPLOMA = new AchievementType("Diploma");

    /** The spec term {@code DoctoralDegree}. */
    public static final AchievementType DOCTORAL_DEGREE = new AchievementType("DoctoralDegree");

    /** The spec term {@code Fieldwork}. */
    public static final AchievementType FIELDWORK = new AchievementType("Fieldwork");

    /** The spec term {@code GeneralEducationDevelopment}. */
    public static final AchievementType GENERAL_EDUCATION_DEVELOPMENT = new AchievementType("GeneralEducationDevelopment");

    /** The spec term {@code JourneymanCertificate}. */
    public static final AchievementType JOURNEYMAN_CERTIFICATE = new AchievementType("JourneymanCertificate");

    /** The spec term {@code LearningProgram}. */
    public static final AchievementType LEARNING_PROGRAM = new AchievementType("LearningProgram");

    /** The spec term {@code License}. */
    public static final AchievementType LICENSE = new AchievementType("License");

    /** The spec term {@code Membership}. */
    public static final AchievementType MEMBERSHIP = new AchievementType("Membership");

    /** The spec term {@code ProfessionalDoctorate}. */
    public static final AchievementType PROFESSIONAL_DOCTORATE = new AchievementType("ProfessionalDoctorate");

    /** The spec term {@code QualityAssuranceCredential}. */
    public static final AchievementType QUALITY_ASSURANCE_CREDENTIAL = new AchievementType("QualityAssuranceCredential");

    /** The spec term {@code MasterCertificate}. */
    public static final AchievementType MASTER_CERTIFICATE = new AchievementType("MasterCertificate");

    /** The spec term {@code MasterDegree}. */
    public static final AchievementType MASTER_DEGREE = new AchievementType("MasterDegree");

    /** The spec term {@code MicroCredential}. */
    public static final AchievementType MICRO_CREDENTIAL = new AchievementType("MicroCredential");

    /** The spec term {@code ResearchDoctorate}. */
    public static final AchievementType RESEARCH_DOCTORATE = new AchievementType("ResearchDoctorate");

    /** The spec term {@code SecondarySchoolDiploma}. */
    public static final AchievementType SECONDARY_SCHOOL_DIPLOMA = new AchievementType("SecondarySchoolDiploma");

    /** Every spec term, in spec order. */
    public static final List<AchievementType> VALUES = List.of(ACHIEVEMENT, APPRENTICESHIP_CERTIFICATE, ASSESSMENT, ASSIGNMENT, ASSOCIATE_DEGREE, AWARD, BADGE, BACHELOR_DEGREE, CERTIFICATE, CERTIFICATE_OF_COMPLETION, CERTIFICATION, COMMUNITY_SERVICE, COMPETENCY, COURSE, CO_CURRICULAR, DEGREE, DIPLOMA, DOCTORAL_DEGREE, FIELDWORK, GENERAL_EDUCATION_DEVELOPMENT, JOURNEYMAN_CERTIFICATE, LEARNING_PROGRAM, LICENSE, MEMBERSHIP, PROFESSIONAL_DOCTORATE, QUALITY_ASSURANCE_CREDENTIAL, MASTER_CERTIFICATE, MASTER_DEGREE, MICRO_CREDENTIAL, RESEARCH_DOCTORATE, SECONDARY_SCHOOL_DIPLOMA);

    static final String VALUES_HINT = "expected one of Achievement, ApprenticeshipCertificate, Assessment, Assignment, AssociateDegree, Award, Badge, BachelorDegree, Certificate, CertificateOfCompletion, Certification, CommunityService, Competency, Course, CoCurricular, Degree, Diploma, DoctoralDegree, Fieldwork, GeneralEducationDevelopment, JourneymanCertificate, LearningProgram, License, Membership, ProfessionalDoctorate, QualityAssuranceCredential, MasterCertificate, MasterDegree, MicroCredential, ResearchDoctorate, SecondarySchoolDiploma or an extension term matching ext:[A-Za-z0-9._-]+";

    private static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._-]+");

    private final String value;

    private AchievementType(String value) {
        this.value = value;
    }

    /**
     * Returns the value for a spec term or an {@code ext:} extension term.
     *
     * @param value the term, not null
     * @return the value (the constant for a spec term)
     * @throws IllegalArgumentException naming the value and the accepted terms if it is neither
     */
    public static AchievementType of(String value) {
        AchievementType v = lenient(value);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid AchievementType: " + VALUES_HINT);
        }
        return v;
    }

    /**
     * Returns the value for any string, valid or not (for reading documents leniently).
     *
     * @param value the term, not null
     * @return the constant for a spec term, else a new value holding the string
     */
    public static AchievementType lenient(String value) {
        Objects.requireNonNull(value, "value");
        for (AchievementType v : VALUES) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        return new AchievementType(value);
    }

    /** @return the term as written in JSON */
    public String value() {
        return value;
    }

    /** @return true for one of the spec terms */
    public boolean isKnown() {
        return VALUES.contains(this);
    }

    /** @return true for an {@code ext:} extension term */
    public boolean isExtension() {
        return EXTENSION.matcher(value).matches();
    }

    /** @return true for a spec term or an extension term */
    public boolean isValid() {
        return isKnown() || isExtension();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AchievementType && ((AchievementType) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
