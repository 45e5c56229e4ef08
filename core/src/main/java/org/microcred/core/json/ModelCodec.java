package org.microcred.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.microcred.core.model.*;

/** Reads and writes every model class as JSON trees (generated from the model table; keep in step with it). */
final class ModelCodec {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ModelCodec() {
    }

    static Image readImage(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Image");
        Image.Builder b = Image.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "caption" -> {
                    b.caption(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Image x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.caption().ifPresent(v -> o.set("caption", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Criteria readCriteria(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Criteria");
        Criteria.Builder b = Criteria.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "narrative" -> {
                    b.narrative(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Criteria x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.narrative().ifPresent(v -> o.set("narrative", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Alignment readAlignment(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Alignment");
        Alignment.Builder b = Alignment.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "targetCode" -> {
                    b.targetCode(Reading.text(v, p));
                }
                case "targetDescription" -> {
                    b.targetDescription(Reading.text(v, p));
                }
                case "targetName" -> {
                    b.targetName(Reading.text(v, p));
                }
                case "targetFramework" -> {
                    b.targetFramework(Reading.text(v, p));
                }
                case "targetType" -> {
                    b.targetType(AlignmentTargetType.lenient(Reading.text(v, p)));
                }
                case "targetUrl" -> {
                    b.targetUrl(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Alignment x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.texts(o, "type", x.type(), form);
        x.targetCode().ifPresent(v -> o.set("targetCode", F.textNode(v)));
        x.targetDescription().ifPresent(v -> o.set("targetDescription", F.textNode(v)));
        x.targetName().ifPresent(v -> o.set("targetName", F.textNode(v)));
        x.targetFramework().ifPresent(v -> o.set("targetFramework", F.textNode(v)));
        x.targetType().ifPresent(v -> o.set("targetType", F.textNode(v.value())));
        x.targetUrl().ifPresent(v -> o.set("targetUrl", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static IdentifierEntry readIdentifierEntry(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "IdentifierEntry");
        IdentifierEntry.Builder b = IdentifierEntry.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "identifier" -> {
                    b.identifier(Reading.text(v, p));
                }
                case "identifierType" -> {
                    b.identifierType(IdentifierType.lenient(Reading.text(v, p)));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(IdentifierEntry x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.identifier().ifPresent(v -> o.set("identifier", F.textNode(v)));
        x.identifierType().ifPresent(v -> o.set("identifierType", F.textNode(v.value())));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static IdentityObject readIdentityObject(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "IdentityObject");
        IdentityObject.Builder b = IdentityObject.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "hashed" -> {
                    b.hashed(Reading.bool(v, p));
                }
                case "identityHash" -> {
                    b.identityHash(Reading.text(v, p));
                }
                case "identityType" -> {
                    b.identityType(IdentifierType.lenient(Reading.text(v, p)));
                }
                case "salt" -> {
                    b.salt(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(IdentityObject x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.hashed().ifPresent(v -> o.set("hashed", F.booleanNode(v)));
        x.identityHash().ifPresent(v -> o.set("identityHash", F.textNode(v)));
        x.identityType().ifPresent(v -> o.set("identityType", F.textNode(v.value())));
        x.salt().ifPresent(v -> o.set("salt", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static GeoCoordinates readGeoCoordinates(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "GeoCoordinates");
        GeoCoordinates.Builder b = GeoCoordinates.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "latitude" -> {
                    b.latitude(Reading.number(v, p));
                }
                case "longitude" -> {
                    b.longitude(Reading.number(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(GeoCoordinates x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.latitudeNode().ifPresent(v -> o.set("latitude", v));
        x.longitudeNode().ifPresent(v -> o.set("longitude", v));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Address readAddress(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Address");
        Address.Builder b = Address.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "addressCountry" -> {
                    b.addressCountry(Reading.text(v, p));
                }
                case "addressCountryCode" -> {
                    b.addressCountryCode(Reading.text(v, p));
                }
                case "addressRegion" -> {
                    b.addressRegion(Reading.text(v, p));
                }
                case "addressLocality" -> {
                    b.addressLocality(Reading.text(v, p));
                }
                case "streetAddress" -> {
                    b.streetAddress(Reading.text(v, p));
                }
                case "postOfficeBoxNumber" -> {
                    b.postOfficeBoxNumber(Reading.text(v, p));
                }
                case "postalCode" -> {
                    b.postalCode(Reading.text(v, p));
                }
                case "geo" -> {
                    b.geo(readGeoCoordinates(Reading.single(v, p, form, "geo"), Reading.singlePointer(v, p)));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Address x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.texts(o, "type", x.type(), form);
        x.addressCountry().ifPresent(v -> o.set("addressCountry", F.textNode(v)));
        x.addressCountryCode().ifPresent(v -> o.set("addressCountryCode", F.textNode(v)));
        x.addressRegion().ifPresent(v -> o.set("addressRegion", F.textNode(v)));
        x.addressLocality().ifPresent(v -> o.set("addressLocality", F.textNode(v)));
        x.streetAddress().ifPresent(v -> o.set("streetAddress", F.textNode(v)));
        x.postOfficeBoxNumber().ifPresent(v -> o.set("postOfficeBoxNumber", F.textNode(v)));
        x.postalCode().ifPresent(v -> o.set("postalCode", F.textNode(v)));
        x.geo().ifPresent(v -> o.set("geo", Writing.single(write(v), form, "geo")));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Profile readProfile(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Profile");
        Profile.Builder b = Profile.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "url" -> {
                    b.url(Reading.text(v, p));
                }
                case "phone" -> {
                    b.phone(Reading.text(v, p));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "endorsement" -> {
                    b.endorsement(Reading.objects(v, p, form, "endorsement", false, CredentialJson::readEndorsementAt));
                }
                case "endorsementJwt" -> {
                    b.endorsementJwt(Reading.texts(v, p, form, "endorsementJwt"));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "email" -> {
                    b.email(Reading.text(v, p));
                }
                case "address" -> {
                    b.address(readAddress(Reading.single(v, p, form, "address"), Reading.singlePointer(v, p)));
                }
                case "otherIdentifier" -> {
                    b.otherIdentifier(Reading.objects(v, p, form, "otherIdentifier", false, ModelCodec::readIdentifierEntry));
                }
                case "official" -> {
                    b.official(Reading.text(v, p));
                }
                case "parentOrg" -> {
                    if (v.isTextual()) {
                        b.parentOrg(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("parentOrg");
                    } else {
                        b.parentOrg(readProfile(Reading.single(v, p, form, "parentOrg"), Reading.singlePointer(v, p)));
                    }
                }
                case "familyName" -> {
                    b.familyName(Reading.text(v, p));
                }
                case "givenName" -> {
                    b.givenName(Reading.text(v, p));
                }
                case "additionalName" -> {
                    b.additionalName(Reading.text(v, p));
                }
                case "patronymicName" -> {
                    b.patronymicName(Reading.text(v, p));
                }
                case "honorificPrefix" -> {
                    b.honorificPrefix(Reading.text(v, p));
                }
                case "honorificSuffix" -> {
                    b.honorificSuffix(Reading.text(v, p));
                }
                case "familyNamePrefix" -> {
                    b.familyNamePrefix(Reading.text(v, p));
                }
                case "dateOfBirth" -> {
                    b.dateOfBirth(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Profile x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.url().ifPresent(v -> o.set("url", F.textNode(v)));
        x.phone().ifPresent(v -> o.set("phone", F.textNode(v)));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        Writing.objects(o, "endorsement", x.endorsement(), form, false, CredentialJson::write);
        Writing.texts(o, "endorsementJwt", x.endorsementJwt(), form);
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.email().ifPresent(v -> o.set("email", F.textNode(v)));
        x.address().ifPresent(v -> o.set("address", Writing.single(write(v), form, "address")));
        Writing.objects(o, "otherIdentifier", x.otherIdentifier(), form, false, ModelCodec::write);
        x.official().ifPresent(v -> o.set("official", F.textNode(v)));
        x.parentOrg().ifPresent(v -> o.set("parentOrg", Writing.single(write(v), form, "parentOrg")));
        x.familyName().ifPresent(v -> o.set("familyName", F.textNode(v)));
        x.givenName().ifPresent(v -> o.set("givenName", F.textNode(v)));
        x.additionalName().ifPresent(v -> o.set("additionalName", F.textNode(v)));
        x.patronymicName().ifPresent(v -> o.set("patronymicName", F.textNode(v)));
        x.honorificPrefix().ifPresent(v -> o.set("honorificPrefix", F.textNode(v)));
        x.honorificSuffix().ifPresent(v -> o.set("honorificSuffix", F.textNode(v)));
        x.familyNamePrefix().ifPresent(v -> o.set("familyNamePrefix", F.textNode(v)));
        x.dateOfBirth().ifPresent(v -> o.set("dateOfBirth", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Related readRelated(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Related");
        Related.Builder b = Related.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "inLanguage" -> {
                    b.inLanguage(Reading.text(v, p));
                }
                case "version" -> {
                    b.version(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Related x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.inLanguage().ifPresent(v -> o.set("inLanguage", F.textNode(v)));
        x.version().ifPresent(v -> o.set("version", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static RubricCriterionLevel readRubricCriterionLevel(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "RubricCriterionLevel");
        RubricCriterionLevel.Builder b = RubricCriterionLevel.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "alignment" -> {
                    b.alignment(Reading.objects(v, p, form, "alignment", false, ModelCodec::readAlignment));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "level" -> {
                    b.level(Reading.text(v, p));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "points" -> {
                    b.points(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(RubricCriterionLevel x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        Writing.objects(o, "alignment", x.alignment(), form, false, ModelCodec::write);
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        x.level().ifPresent(v -> o.set("level", F.textNode(v)));
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.points().ifPresent(v -> o.set("points", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static ResultDescription readResultDescription(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "ResultDescription");
        ResultDescription.Builder b = ResultDescription.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "alignment" -> {
                    b.alignment(Reading.objects(v, p, form, "alignment", false, ModelCodec::readAlignment));
                }
                case "allowedValue" -> {
                    b.allowedValue(Reading.texts(v, p, form, "allowedValue"));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "requiredLevel" -> {
                    b.requiredLevel(Reading.text(v, p));
                }
                case "requiredValue" -> {
                    b.requiredValue(Reading.text(v, p));
                }
                case "resultType" -> {
                    b.resultType(ResultType.lenient(Reading.text(v, p)));
                }
                case "rubricCriterionLevel" -> {
                    b.rubricCriterionLevel(Reading.objects(v, p, form, "rubricCriterionLevel", false, ModelCodec::readRubricCriterionLevel));
                }
                case "valueMax" -> {
                    b.valueMax(Reading.text(v, p));
                }
                case "valueMin" -> {
                    b.valueMin(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(ResultDescription x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        Writing.objects(o, "alignment", x.alignment(), form, false, ModelCodec::write);
        Writing.texts(o, "allowedValue", x.allowedValue(), form);
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.requiredLevel().ifPresent(v -> o.set("requiredLevel", F.textNode(v)));
        x.requiredValue().ifPresent(v -> o.set("requiredValue", F.textNode(v)));
        x.resultType().ifPresent(v -> o.set("resultType", F.textNode(v.value())));
        Writing.objects(o, "rubricCriterionLevel", x.rubricCriterionLevel(), form, false, ModelCodec::write);
        x.valueMax().ifPresent(v -> o.set("valueMax", F.textNode(v)));
        x.valueMin().ifPresent(v -> o.set("valueMin", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Result readResult(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Result");
        Result.Builder b = Result.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "achievedLevel" -> {
                    b.achievedLevel(Reading.text(v, p));
                }
                case "alignment" -> {
                    b.alignment(Reading.objects(v, p, form, "alignment", false, ModelCodec::readAlignment));
                }
                case "resultDescription" -> {
                    b.resultDescription(Reading.text(v, p));
                }
                case "status" -> {
                    b.status(ResultStatusType.lenient(Reading.text(v, p)));
                }
                case "value" -> {
                    b.value(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Result x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.texts(o, "type", x.type(), form);
        x.achievedLevel().ifPresent(v -> o.set("achievedLevel", F.textNode(v)));
        Writing.objects(o, "alignment", x.alignment(), form, false, ModelCodec::write);
        x.resultDescription().ifPresent(v -> o.set("resultDescription", F.textNode(v)));
        x.status().ifPresent(v -> o.set("status", F.textNode(v.value())));
        x.value().ifPresent(v -> o.set("value", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Achievement readAchievement(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Achievement");
        Achievement.Builder b = Achievement.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "alignment" -> {
                    b.alignment(Reading.objects(v, p, form, "alignment", false, ModelCodec::readAlignment));
                }
                case "achievementType" -> {
                    b.achievementType(AchievementType.lenient(Reading.text(v, p)));
                }
                case "creator" -> {
                    if (v.isTextual()) {
                        b.creator(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("creator");
                    } else {
                        b.creator(readProfile(Reading.single(v, p, form, "creator"), Reading.singlePointer(v, p)));
                    }
                }
                case "creditsAvailable" -> {
                    b.creditsAvailable(Reading.number(v, p));
                }
                case "criteria" -> {
                    if (v.isTextual()) {
                        b.criteria(Criteria.builder().id(v.asText()).buildLenient());
                        form.reference("criteria");
                    } else {
                        b.criteria(readCriteria(Reading.single(v, p, form, "criteria"), Reading.singlePointer(v, p)));
                    }
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "endorsement" -> {
                    b.endorsement(Reading.objects(v, p, form, "endorsement", false, CredentialJson::readEndorsementAt));
                }
                case "endorsementJwt" -> {
                    b.endorsementJwt(Reading.texts(v, p, form, "endorsementJwt"));
                }
                case "fieldOfStudy" -> {
                    b.fieldOfStudy(Reading.text(v, p));
                }
                case "humanCode" -> {
                    b.humanCode(Reading.text(v, p));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "inLanguage" -> {
                    b.inLanguage(Reading.text(v, p));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "otherIdentifier" -> {
                    b.otherIdentifier(Reading.objects(v, p, form, "otherIdentifier", false, ModelCodec::readIdentifierEntry));
                }
                case "related" -> {
                    b.related(Reading.objects(v, p, form, "related", false, ModelCodec::readRelated));
                }
                case "resultDescription" -> {
                    b.resultDescription(Reading.objects(v, p, form, "resultDescription", false, ModelCodec::readResultDescription));
                }
                case "specialization" -> {
                    b.specialization(Reading.text(v, p));
                }
                case "tag" -> {
                    b.tag(Reading.texts(v, p, form, "tag"));
                }
                case "version" -> {
                    b.version(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Achievement x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        Writing.objects(o, "alignment", x.alignment(), form, false, ModelCodec::write);
        x.achievementType().ifPresent(v -> o.set("achievementType", F.textNode(v.value())));
        x.creator().ifPresent(v -> o.set("creator", Writing.single(write(v), form, "creator")));
        x.creditsAvailableNode().ifPresent(v -> o.set("creditsAvailable", v));
        x.criteria().ifPresent(v -> o.set("criteria", Writing.single(write(v), form, "criteria")));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        Writing.objects(o, "endorsement", x.endorsement(), form, false, CredentialJson::write);
        Writing.texts(o, "endorsementJwt", x.endorsementJwt(), form);
        x.fieldOfStudy().ifPresent(v -> o.set("fieldOfStudy", F.textNode(v)));
        x.humanCode().ifPresent(v -> o.set("humanCode", F.textNode(v)));
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.inLanguage().ifPresent(v -> o.set("inLanguage", F.textNode(v)));
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        Writing.objects(o, "otherIdentifier", x.otherIdentifier(), form, false, ModelCodec::write);
        Writing.objects(o, "related", x.related(), form, false, ModelCodec::write);
        Writing.objects(o, "resultDescription", x.resultDescription(), form, false, ModelCodec::write);
        x.specialization().ifPresent(v -> o.set("specialization", F.textNode(v)));
        Writing.texts(o, "tag", x.tag(), form);
        x.version().ifPresent(v -> o.set("version", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static AchievementSubject readAchievementSubject(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "AchievementSubject");
        AchievementSubject.Builder b = AchievementSubject.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "activityStartDate" -> {
                    b.activityStartDate(Reading.text(v, p));
                }
                case "activityEndDate" -> {
                    b.activityEndDate(Reading.text(v, p));
                }
                case "creditsEarned" -> {
                    b.creditsEarned(Reading.number(v, p));
                }
                case "achievement" -> {
                    if (v.isTextual()) {
                        b.achievement(Achievement.builder().id(v.asText()).buildLenient());
                        form.reference("achievement");
                    } else {
                        b.achievement(readAchievement(Reading.single(v, p, form, "achievement"), Reading.singlePointer(v, p)));
                    }
                }
                case "identifier" -> {
                    b.identifier(Reading.objects(v, p, form, "identifier", false, ModelCodec::readIdentityObject));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "licenseNumber" -> {
                    b.licenseNumber(Reading.text(v, p));
                }
                case "narrative" -> {
                    b.narrative(Reading.text(v, p));
                }
                case "result" -> {
                    b.result(Reading.objects(v, p, form, "result", false, ModelCodec::readResult));
                }
                case "role" -> {
                    b.role(Reading.text(v, p));
                }
                case "source" -> {
                    if (v.isTextual()) {
                        b.source(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("source");
                    } else {
                        b.source(readProfile(Reading.single(v, p, form, "source"), Reading.singlePointer(v, p)));
                    }
                }
                case "term" -> {
                    b.term(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(AchievementSubject x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.activityStartDate().ifPresent(v -> o.set("activityStartDate", F.textNode(v)));
        x.activityEndDate().ifPresent(v -> o.set("activityEndDate", F.textNode(v)));
        x.creditsEarnedNode().ifPresent(v -> o.set("creditsEarned", v));
        x.achievement().ifPresent(v -> o.set("achievement", Writing.single(write(v), form, "achievement")));
        Writing.objects(o, "identifier", x.identifier(), form, false, ModelCodec::write);
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.licenseNumber().ifPresent(v -> o.set("licenseNumber", F.textNode(v)));
        x.narrative().ifPresent(v -> o.set("narrative", F.textNode(v)));
        Writing.objects(o, "result", x.result(), form, false, ModelCodec::write);
        x.role().ifPresent(v -> o.set("role", F.textNode(v)));
        x.source().ifPresent(v -> o.set("source", Writing.single(write(v), form, "source")));
        x.term().ifPresent(v -> o.set("term", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Evidence readEvidence(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Evidence");
        Evidence.Builder b = Evidence.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "narrative" -> {
                    b.narrative(Reading.text(v, p));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "genre" -> {
                    b.genre(Reading.text(v, p));
                }
                case "audience" -> {
                    b.audience(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Evidence x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.narrative().ifPresent(v -> o.set("narrative", F.textNode(v)));
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        x.genre().ifPresent(v -> o.set("genre", F.textNode(v)));
        x.audience().ifPresent(v -> o.set("audience", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static EndorsementSubject readEndorsementSubject(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "EndorsementSubject");
        EndorsementSubject.Builder b = EndorsementSubject.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "endorsementComment" -> {
                    b.endorsementComment(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(EndorsementSubject x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.endorsementComment().ifPresent(v -> o.set("endorsementComment", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Association readAssociation(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Association");
        Association.Builder b = Association.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "associationType" -> {
                    b.associationType(AssociationType.lenient(Reading.text(v, p)));
                }
                case "sourceId" -> {
                    b.sourceId(Reading.text(v, p));
                }
                case "targetId" -> {
                    b.targetId(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Association x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.associationType().ifPresent(v -> o.set("associationType", F.textNode(v.value())));
        x.sourceId().ifPresent(v -> o.set("sourceId", F.textNode(v)));
        x.targetId().ifPresent(v -> o.set("targetId", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static ClrSubject readClrSubject(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "ClrSubject");
        ClrSubject.Builder b = ClrSubject.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "identifier" -> {
                    b.identifier(Reading.objects(v, p, form, "identifier", false, ModelCodec::readIdentityObject));
                }
                case "achievement" -> {
                    b.achievement(Reading.objects(v, p, form, "achievement", false, ModelCodec::readAchievement));
                }
                case "verifiableCredential" -> {
                    b.verifiableCredential(Reading.objects(v, p, form, "verifiableCredential", false, CredentialJson::readAt));
                }
                case "association" -> {
                    b.association(Reading.objects(v, p, form, "association", false, ModelCodec::readAssociation));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(ClrSubject x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        Writing.objects(o, "identifier", x.identifier(), form, false, ModelCodec::write);
        Writing.objects(o, "achievement", x.achievement(), form, false, ModelCodec::write);
        Writing.objects(o, "verifiableCredential", x.verifiableCredential(), form, false, CredentialJson::write);
        Writing.objects(o, "association", x.association(), form, false, ModelCodec::write);
        Writing.extensions(o, x.extensions());
        return o;
    }

    static CredentialSchema readCredentialSchema(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "CredentialSchema");
        CredentialSchema.Builder b = CredentialSchema.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(CredentialSchema x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static CredentialStatus readCredentialStatus(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "CredentialStatus");
        CredentialStatus.Builder b = CredentialStatus.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "statusPurpose" -> {
                    b.statusPurpose(Reading.text(v, p));
                }
                case "statusListIndex" -> {
                    b.statusListIndex(Reading.scalar(v, p));
                }
                case "statusListCredential" -> {
                    b.statusListCredential(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(CredentialStatus x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.statusPurpose().ifPresent(v -> o.set("statusPurpose", F.textNode(v)));
        x.statusListIndexNode().ifPresent(v -> o.set("statusListIndex", v));
        x.statusListCredential().ifPresent(v -> o.set("statusListCredential", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static RefreshService readRefreshService(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "RefreshService");
        RefreshService.Builder b = RefreshService.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(RefreshService x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static TermsOfUse readTermsOfUse(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "TermsOfUse");
        TermsOfUse.Builder b = TermsOfUse.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(TermsOfUse x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Proof readProof(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "Proof");
        Proof.Builder b = Proof.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.text(v, p));
                }
                case "cryptosuite" -> {
                    b.cryptosuite(Reading.text(v, p));
                }
                case "created" -> {
                    b.created(Reading.text(v, p));
                }
                case "expires" -> {
                    b.expires(Reading.text(v, p));
                }
                case "verificationMethod" -> {
                    b.verificationMethod(Reading.text(v, p));
                }
                case "proofPurpose" -> {
                    b.proofPurpose(Reading.text(v, p));
                }
                case "challenge" -> {
                    b.challenge(Reading.text(v, p));
                }
                case "domain" -> {
                    b.domain(Reading.text(v, p));
                }
                case "nonce" -> {
                    b.nonce(Reading.text(v, p));
                }
                case "previousProof" -> {
                    b.previousProof(Reading.texts(v, p, form, "previousProof"));
                }
                case "proofValue" -> {
                    b.proofValue(Reading.text(v, p));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(Proof x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        x.type().ifPresent(v -> o.set("type", F.textNode(v)));
        x.cryptosuite().ifPresent(v -> o.set("cryptosuite", F.textNode(v)));
        x.created().ifPresent(v -> o.set("created", F.textNode(v)));
        x.expires().ifPresent(v -> o.set("expires", F.textNode(v)));
        x.verificationMethod().ifPresent(v -> o.set("verificationMethod", F.textNode(v)));
        x.proofPurpose().ifPresent(v -> o.set("proofPurpose", F.textNode(v)));
        x.challenge().ifPresent(v -> o.set("challenge", F.textNode(v)));
        x.domain().ifPresent(v -> o.set("domain", F.textNode(v)));
        x.nonce().ifPresent(v -> o.set("nonce", F.textNode(v)));
        Writing.texts(o, "previousProof", x.previousProof(), form);
        x.proofValue().ifPresent(v -> o.set("proofValue", F.textNode(v)));
        Writing.extensions(o, x.extensions());
        return o;
    }

    static AchievementCredential readAchievementCredential(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "AchievementCredential");
        AchievementCredential.Builder b = AchievementCredential.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "@context" -> {
                    b.context(Reading.contexts(v, p, form));
                }
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "issuer" -> {
                    if (v.isTextual()) {
                        b.issuer(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("issuer");
                    } else {
                        b.issuer(readProfile(Reading.single(v, p, form, "issuer"), Reading.singlePointer(v, p)));
                    }
                }
                case "validFrom" -> {
                    b.validFrom(Reading.text(v, p));
                }
                case "validUntil" -> {
                    b.validUntil(Reading.text(v, p));
                }
                case "issuanceDate" -> {
                    b.issuanceDate(Reading.text(v, p));
                }
                case "expirationDate" -> {
                    b.expirationDate(Reading.text(v, p));
                }
                case "awardedDate" -> {
                    b.awardedDate(Reading.text(v, p));
                }
                case "credentialSubject" -> {
                    if (v.isTextual()) {
                        b.credentialSubject(AchievementSubject.builder().id(v.asText()).buildLenient());
                        form.reference("credentialSubject");
                    } else {
                        b.credentialSubject(readAchievementSubject(Reading.single(v, p, form, "credentialSubject"), Reading.singlePointer(v, p)));
                    }
                }
                case "evidence" -> {
                    b.evidence(Reading.objects(v, p, form, "evidence", false, ModelCodec::readEvidence));
                }
                case "endorsement" -> {
                    b.endorsement(Reading.objects(v, p, form, "endorsement", false, CredentialJson::readEndorsementAt));
                }
                case "endorsementJwt" -> {
                    b.endorsementJwt(Reading.texts(v, p, form, "endorsementJwt"));
                }
                case "credentialSchema" -> {
                    b.credentialSchema(Reading.objects(v, p, form, "credentialSchema", false, ModelCodec::readCredentialSchema));
                }
                case "credentialStatus" -> {
                    b.credentialStatus(Reading.objects(v, p, form, "credentialStatus", true, ModelCodec::readCredentialStatus));
                }
                case "refreshService" -> {
                    if (v.isTextual()) {
                        b.refreshService(RefreshService.builder().id(v.asText()).buildLenient());
                        form.reference("refreshService");
                    } else {
                        b.refreshService(readRefreshService(Reading.single(v, p, form, "refreshService"), Reading.singlePointer(v, p)));
                    }
                }
                case "termsOfUse" -> {
                    b.termsOfUse(Reading.objects(v, p, form, "termsOfUse", false, ModelCodec::readTermsOfUse));
                }
                case "proof" -> {
                    b.proof(Reading.objects(v, p, form, "proof", false, ModelCodec::readProof));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(AchievementCredential x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.contexts(o, x.context(), form);
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.issuer().ifPresent(v -> o.set("issuer", Writing.single(write(v), form, "issuer")));
        x.validFrom().ifPresent(v -> o.set("validFrom", F.textNode(v)));
        x.validUntil().ifPresent(v -> o.set("validUntil", F.textNode(v)));
        x.issuanceDate().ifPresent(v -> o.set("issuanceDate", F.textNode(v)));
        x.expirationDate().ifPresent(v -> o.set("expirationDate", F.textNode(v)));
        x.awardedDate().ifPresent(v -> o.set("awardedDate", F.textNode(v)));
        x.credentialSubject().ifPresent(v -> o.set("credentialSubject", Writing.single(write(v), form, "credentialSubject")));
        Writing.objects(o, "evidence", x.evidence(), form, false, ModelCodec::write);
        Writing.objects(o, "endorsement", x.endorsement(), form, false, CredentialJson::write);
        Writing.texts(o, "endorsementJwt", x.endorsementJwt(), form);
        Writing.objects(o, "credentialSchema", x.credentialSchema(), form, false, ModelCodec::write);
        Writing.objects(o, "credentialStatus", x.credentialStatus(), form, true, ModelCodec::write);
        x.refreshService().ifPresent(v -> o.set("refreshService", Writing.single(write(v), form, "refreshService")));
        Writing.objects(o, "termsOfUse", x.termsOfUse(), form, false, ModelCodec::write);
        Writing.objects(o, "proof", x.proof(), form, false, ModelCodec::write);
        Writing.extensions(o, x.extensions());
        return o;
    }

    static EndorsementCredential readEndorsementCredential(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "EndorsementCredential");
        EndorsementCredential.Builder b = EndorsementCredential.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "@context" -> {
                    b.context(Reading.contexts(v, p, form));
                }
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "issuer" -> {
                    if (v.isTextual()) {
                        b.issuer(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("issuer");
                    } else {
                        b.issuer(readProfile(Reading.single(v, p, form, "issuer"), Reading.singlePointer(v, p)));
                    }
                }
                case "validFrom" -> {
                    b.validFrom(Reading.text(v, p));
                }
                case "validUntil" -> {
                    b.validUntil(Reading.text(v, p));
                }
                case "issuanceDate" -> {
                    b.issuanceDate(Reading.text(v, p));
                }
                case "expirationDate" -> {
                    b.expirationDate(Reading.text(v, p));
                }
                case "awardedDate" -> {
                    b.awardedDate(Reading.text(v, p));
                }
                case "credentialSubject" -> {
                    if (v.isTextual()) {
                        b.credentialSubject(EndorsementSubject.builder().id(v.asText()).buildLenient());
                        form.reference("credentialSubject");
                    } else {
                        b.credentialSubject(readEndorsementSubject(Reading.single(v, p, form, "credentialSubject"), Reading.singlePointer(v, p)));
                    }
                }
                case "evidence" -> {
                    b.evidence(Reading.objects(v, p, form, "evidence", false, ModelCodec::readEvidence));
                }
                case "credentialSchema" -> {
                    b.credentialSchema(Reading.objects(v, p, form, "credentialSchema", false, ModelCodec::readCredentialSchema));
                }
                case "credentialStatus" -> {
                    b.credentialStatus(Reading.objects(v, p, form, "credentialStatus", true, ModelCodec::readCredentialStatus));
                }
                case "refreshService" -> {
                    if (v.isTextual()) {
                        b.refreshService(RefreshService.builder().id(v.asText()).buildLenient());
                        form.reference("refreshService");
                    } else {
                        b.refreshService(readRefreshService(Reading.single(v, p, form, "refreshService"), Reading.singlePointer(v, p)));
                    }
                }
                case "termsOfUse" -> {
                    b.termsOfUse(Reading.objects(v, p, form, "termsOfUse", false, ModelCodec::readTermsOfUse));
                }
                case "proof" -> {
                    b.proof(Reading.objects(v, p, form, "proof", false, ModelCodec::readProof));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(EndorsementCredential x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.contexts(o, x.context(), form);
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.issuer().ifPresent(v -> o.set("issuer", Writing.single(write(v), form, "issuer")));
        x.validFrom().ifPresent(v -> o.set("validFrom", F.textNode(v)));
        x.validUntil().ifPresent(v -> o.set("validUntil", F.textNode(v)));
        x.issuanceDate().ifPresent(v -> o.set("issuanceDate", F.textNode(v)));
        x.expirationDate().ifPresent(v -> o.set("expirationDate", F.textNode(v)));
        x.awardedDate().ifPresent(v -> o.set("awardedDate", F.textNode(v)));
        x.credentialSubject().ifPresent(v -> o.set("credentialSubject", Writing.single(write(v), form, "credentialSubject")));
        Writing.objects(o, "evidence", x.evidence(), form, false, ModelCodec::write);
        Writing.objects(o, "credentialSchema", x.credentialSchema(), form, false, ModelCodec::write);
        Writing.objects(o, "credentialStatus", x.credentialStatus(), form, true, ModelCodec::write);
        x.refreshService().ifPresent(v -> o.set("refreshService", Writing.single(write(v), form, "refreshService")));
        Writing.objects(o, "termsOfUse", x.termsOfUse(), form, false, ModelCodec::write);
        Writing.objects(o, "proof", x.proof(), form, false, ModelCodec::write);
        Writing.extensions(o, x.extensions());
        return o;
    }

    static ClrCredential readClrCredential(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "ClrCredential");
        ClrCredential.Builder b = ClrCredential.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "@context" -> {
                    b.context(Reading.contexts(v, p, form));
                }
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "partial" -> {
                    b.partial(Reading.bool(v, p));
                }
                case "issuer" -> {
                    if (v.isTextual()) {
                        b.issuer(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("issuer");
                    } else {
                        b.issuer(readProfile(Reading.single(v, p, form, "issuer"), Reading.singlePointer(v, p)));
                    }
                }
                case "validFrom" -> {
                    b.validFrom(Reading.text(v, p));
                }
                case "validUntil" -> {
                    b.validUntil(Reading.text(v, p));
                }
                case "issuanceDate" -> {
                    b.issuanceDate(Reading.text(v, p));
                }
                case "expirationDate" -> {
                    b.expirationDate(Reading.text(v, p));
                }
                case "awardedDate" -> {
                    b.awardedDate(Reading.text(v, p));
                }
                case "credentialSubject" -> {
                    if (v.isTextual()) {
                        b.credentialSubject(ClrSubject.builder().id(v.asText()).buildLenient());
                        form.reference("credentialSubject");
                    } else {
                        b.credentialSubject(readClrSubject(Reading.single(v, p, form, "credentialSubject"), Reading.singlePointer(v, p)));
                    }
                }
                case "evidence" -> {
                    b.evidence(Reading.objects(v, p, form, "evidence", false, ModelCodec::readEvidence));
                }
                case "endorsement" -> {
                    b.endorsement(Reading.objects(v, p, form, "endorsement", false, CredentialJson::readEndorsementAt));
                }
                case "endorsementJwt" -> {
                    b.endorsementJwt(Reading.texts(v, p, form, "endorsementJwt"));
                }
                case "credentialSchema" -> {
                    b.credentialSchema(Reading.objects(v, p, form, "credentialSchema", false, ModelCodec::readCredentialSchema));
                }
                case "credentialStatus" -> {
                    b.credentialStatus(Reading.objects(v, p, form, "credentialStatus", true, ModelCodec::readCredentialStatus));
                }
                case "refreshService" -> {
                    if (v.isTextual()) {
                        b.refreshService(RefreshService.builder().id(v.asText()).buildLenient());
                        form.reference("refreshService");
                    } else {
                        b.refreshService(readRefreshService(Reading.single(v, p, form, "refreshService"), Reading.singlePointer(v, p)));
                    }
                }
                case "termsOfUse" -> {
                    b.termsOfUse(Reading.objects(v, p, form, "termsOfUse", false, ModelCodec::readTermsOfUse));
                }
                case "proof" -> {
                    b.proof(Reading.objects(v, p, form, "proof", false, ModelCodec::readProof));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(ClrCredential x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.contexts(o, x.context(), form);
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.partial().ifPresent(v -> o.set("partial", F.booleanNode(v)));
        x.issuer().ifPresent(v -> o.set("issuer", Writing.single(write(v), form, "issuer")));
        x.validFrom().ifPresent(v -> o.set("validFrom", F.textNode(v)));
        x.validUntil().ifPresent(v -> o.set("validUntil", F.textNode(v)));
        x.issuanceDate().ifPresent(v -> o.set("issuanceDate", F.textNode(v)));
        x.expirationDate().ifPresent(v -> o.set("expirationDate", F.textNode(v)));
        x.awardedDate().ifPresent(v -> o.set("awardedDate", F.textNode(v)));
        x.credentialSubject().ifPresent(v -> o.set("credentialSubject", Writing.single(write(v), form, "credentialSubject")));
        Writing.objects(o, "evidence", x.evidence(), form, false, ModelCodec::write);
        Writing.objects(o, "endorsement", x.endorsement(), form, false, CredentialJson::write);
        Writing.texts(o, "endorsementJwt", x.endorsementJwt(), form);
        Writing.objects(o, "credentialSchema", x.credentialSchema(), form, false, ModelCodec::write);
        Writing.objects(o, "credentialStatus", x.credentialStatus(), form, true, ModelCodec::write);
        x.refreshService().ifPresent(v -> o.set("refreshService", Writing.single(write(v), form, "refreshService")));
        Writing.objects(o, "termsOfUse", x.termsOfUse(), form, false, ModelCodec::write);
        Writing.objects(o, "proof", x.proof(), form, false, ModelCodec::write);
        Writing.extensions(o, x.extensions());
        return o;
    }

    static VerifiableCredential readVerifiableCredential(JsonNode node, String pointer) {
        ObjectNode o = Reading.object(node, pointer, "VerifiableCredential");
        VerifiableCredential.Builder b = VerifiableCredential.builder();
        JsonForm.Builder form = JsonForm.builder();
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String p = pointer + "/" + Reading.escape(e.getKey());
            if (Reading.keepRaw(v)) {
                b.extension(e.getKey(), v);
                continue;
            }
            switch (e.getKey()) {
                case "@context" -> {
                    b.context(Reading.contexts(v, p, form));
                }
                case "id" -> {
                    b.id(Reading.text(v, p));
                }
                case "type" -> {
                    b.type(Reading.texts(v, p, form, "type"));
                }
                case "name" -> {
                    b.name(Reading.text(v, p));
                }
                case "description" -> {
                    b.description(Reading.text(v, p));
                }
                case "image" -> {
                    if (v.isTextual()) {
                        b.image(Image.builder().id(v.asText()).buildLenient());
                        form.reference("image");
                    } else {
                        b.image(readImage(Reading.single(v, p, form, "image"), Reading.singlePointer(v, p)));
                    }
                }
                case "issuer" -> {
                    if (v.isTextual()) {
                        b.issuer(Profile.builder().id(v.asText()).buildLenient());
                        form.reference("issuer");
                    } else {
                        b.issuer(readProfile(Reading.single(v, p, form, "issuer"), Reading.singlePointer(v, p)));
                    }
                }
                case "validFrom" -> {
                    b.validFrom(Reading.text(v, p));
                }
                case "validUntil" -> {
                    b.validUntil(Reading.text(v, p));
                }
                case "issuanceDate" -> {
                    b.issuanceDate(Reading.text(v, p));
                }
                case "expirationDate" -> {
                    b.expirationDate(Reading.text(v, p));
                }
                case "awardedDate" -> {
                    b.awardedDate(Reading.text(v, p));
                }
                case "credentialSubject" -> {
                    b.credentialSubject(v);
                }
                case "evidence" -> {
                    b.evidence(Reading.objects(v, p, form, "evidence", false, ModelCodec::readEvidence));
                }
                case "credentialSchema" -> {
                    b.credentialSchema(Reading.objects(v, p, form, "credentialSchema", false, ModelCodec::readCredentialSchema));
                }
                case "credentialStatus" -> {
                    b.credentialStatus(Reading.objects(v, p, form, "credentialStatus", true, ModelCodec::readCredentialStatus));
                }
                case "refreshService" -> {
                    if (v.isTextual()) {
                        b.refreshService(RefreshService.builder().id(v.asText()).buildLenient());
                        form.reference("refreshService");
                    } else {
                        b.refreshService(readRefreshService(Reading.single(v, p, form, "refreshService"), Reading.singlePointer(v, p)));
                    }
                }
                case "termsOfUse" -> {
                    b.termsOfUse(Reading.objects(v, p, form, "termsOfUse", false, ModelCodec::readTermsOfUse));
                }
                case "proof" -> {
                    b.proof(Reading.objects(v, p, form, "proof", false, ModelCodec::readProof));
                }
                default -> b.extension(e.getKey(), v);
            }
        }
        return b.jsonForm(form.build()).buildLenient();
    }

    static ObjectNode write(VerifiableCredential x) {
        ObjectNode o = F.objectNode();
        JsonForm form = x.jsonForm();
        Writing.contexts(o, x.context(), form);
        x.id().ifPresent(v -> o.set("id", F.textNode(v)));
        Writing.texts(o, "type", x.type(), form);
        x.name().ifPresent(v -> o.set("name", F.textNode(v)));
        x.description().ifPresent(v -> o.set("description", F.textNode(v)));
        x.image().ifPresent(v -> o.set("image", Writing.single(write(v), form, "image")));
        x.issuer().ifPresent(v -> o.set("issuer", Writing.single(write(v), form, "issuer")));
        x.validFrom().ifPresent(v -> o.set("validFrom", F.textNode(v)));
        x.validUntil().ifPresent(v -> o.set("validUntil", F.textNode(v)));
        x.issuanceDate().ifPresent(v -> o.set("issuanceDate", F.textNode(v)));
        x.expirationDate().ifPresent(v -> o.set("expirationDate", F.textNode(v)));
        x.awardedDate().ifPresent(v -> o.set("awardedDate", F.textNode(v)));
        x.credentialSubject().ifPresent(v -> o.set("credentialSubject", v));
        Writing.objects(o, "evidence", x.evidence(), form, false, ModelCodec::write);
        Writing.objects(o, "credentialSchema", x.credentialSchema(), form, false, ModelCodec::write);
        Writing.objects(o, "credentialStatus", x.credentialStatus(), form, true, ModelCodec::write);
        x.refreshService().ifPresent(v -> o.set("refreshService", Writing.single(write(v), form, "refreshService")));
        Writing.objects(o, "termsOfUse", x.termsOfUse(), form, false, ModelCodec::write);
        Writing.objects(o, "proof", x.proof(), form, false, ModelCodec::write);
        Writing.extensions(o, x.extensions());
        return o;
    }

    static Object readAny(Class<?> type, JsonNode node, String pointer) {
        if (type == Image.class) {
            return readImage(node, pointer);
        }
        if (type == Criteria.class) {
            return readCriteria(node, pointer);
        }
        if (type == Alignment.class) {
            return readAlignment(node, pointer);
        }
        if (type == IdentifierEntry.class) {
            return readIdentifierEntry(node, pointer);
        }
        if (type == IdentityObject.class) {
            return readIdentityObject(node, pointer);
        }
        if (type == GeoCoordinates.class) {
            return readGeoCoordinates(node, pointer);
        }
        if (type == Address.class) {
            return readAddress(node, pointer);
        }
        if (type == Profile.class) {
            return readProfile(node, pointer);
        }
        if (type == Related.class) {
            return readRelated(node, pointer);
        }
        if (type == RubricCriterionLevel.class) {
            return readRubricCriterionLevel(node, pointer);
        }
        if (type == ResultDescription.class) {
            return readResultDescription(node, pointer);
        }
        if (type == Result.class) {
            return readResult(node, pointer);
        }
        if (type == Achievement.class) {
            return readAchievement(node, pointer);
        }
        if (type == AchievementSubject.class) {
            return readAchievementSubject(node, pointer);
        }
        if (type == Evidence.class) {
            return readEvidence(node, pointer);
        }
        if (type == EndorsementSubject.class) {
            return readEndorsementSubject(node, pointer);
        }
        if (type == Association.class) {
            return readAssociation(node, pointer);
        }
        if (type == ClrSubject.class) {
            return readClrSubject(node, pointer);
        }
        if (type == CredentialSchema.class) {
            return readCredentialSchema(node, pointer);
        }
        if (type == CredentialStatus.class) {
            return readCredentialStatus(node, pointer);
        }
        if (type == RefreshService.class) {
            return readRefreshService(node, pointer);
        }
        if (type == TermsOfUse.class) {
            return readTermsOfUse(node, pointer);
        }
        if (type == Proof.class) {
            return readProof(node, pointer);
        }
        if (type == AchievementCredential.class) {
            return readAchievementCredential(node, pointer);
        }
        if (type == EndorsementCredential.class) {
            return readEndorsementCredential(node, pointer);
        }
        if (type == ClrCredential.class) {
            return readClrCredential(node, pointer);
        }
        if (type == VerifiableCredential.class) {
            return readVerifiableCredential(node, pointer);
        }
        throw new IllegalArgumentException("Not a model class: " + type.getName());
    }

    static ObjectNode writeAny(Object value) {
        if (value instanceof Image v) {
            return write(v);
        }
        if (value instanceof Criteria v) {
            return write(v);
        }
        if (value instanceof Alignment v) {
            return write(v);
        }
        if (value instanceof IdentifierEntry v) {
            return write(v);
        }
        if (value instanceof IdentityObject v) {
            return write(v);
        }
        if (value instanceof GeoCoordinates v) {
            return write(v);
        }
        if (value instanceof Address v) {
            return write(v);
        }
        if (value instanceof Profile v) {
            return write(v);
        }
        if (value instanceof Related v) {
            return write(v);
        }
        if (value instanceof RubricCriterionLevel v) {
            return write(v);
        }
        if (value instanceof ResultDescription v) {
            return write(v);
        }
        if (value instanceof Result v) {
            return write(v);
        }
        if (value instanceof Achievement v) {
            return write(v);
        }
        if (value instanceof AchievementSubject v) {
            return write(v);
        }
        if (value instanceof Evidence v) {
            return write(v);
        }
        if (value instanceof EndorsementSubject v) {
            return write(v);
        }
        if (value instanceof Association v) {
            return write(v);
        }
        if (value instanceof ClrSubject v) {
            return write(v);
        }
        if (value instanceof CredentialSchema v) {
            return write(v);
        }
        if (value instanceof CredentialStatus v) {
            return write(v);
        }
        if (value instanceof RefreshService v) {
            return write(v);
        }
        if (value instanceof TermsOfUse v) {
            return write(v);
        }
        if (value instanceof Proof v) {
            return write(v);
        }
        if (value instanceof AchievementCredential v) {
            return write(v);
        }
        if (value instanceof EndorsementCredential v) {
            return write(v);
        }
        if (value instanceof ClrCredential v) {
            return write(v);
        }
        if (value instanceof VerifiableCredential v) {
            return write(v);
        }
        throw new IllegalArgumentException("Not a model value: " + value.getClass().getName());
    }
}
