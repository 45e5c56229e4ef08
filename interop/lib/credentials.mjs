// The fixed set of unsigned Open Badges 3.0 credentials (VC Data Model 2.0, OB context 3.0.3) the
// JavaScript side signs. Interop.java builds the same shapes on the Java side.

import {createHash} from 'node:crypto';
import {VC_V2, OB_V3_0_3} from './loader.mjs';

export const VALID_FROM = '2024-06-01T12:00:00Z';
export const VALID_UNTIL = '2099-01-01T00:00:00Z';

/** A stable urn:uuid (name-based, SHA-256 truncated, version nibble 8 = custom) for a label. */
export function stableUrnUuid(label) {
  const h = createHash('sha256').update(`microcred-interop:${label}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-` +
    `${(8 | (parseInt(h[16], 16) & 3)).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function identityHash(email, salt) {
  return 'sha256$' + createHash('sha256').update(email + salt, 'utf8').digest('hex');
}

/** The variants, by name. Each takes the issuer id and a label for the credential id. */
export const VARIANTS = {
  /** A typical badge: issuer profile, achievement with criteria, image and an alignment. */
  typical: ({issuerId, label}) => ({
    '@context': [VC_V2, OB_V3_0_3],
    id: stableUrnUuid(label),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: issuerId,
      type: ['Profile'],
      name: 'Example University',
      url: 'https://university.example/',
      email: 'badges@university.example',
      image: {
        id: 'https://university.example/logo.png',
        type: 'Image',
        caption: 'Example University logo'
      }
    },
    validFrom: VALID_FROM,
    name: 'CPR Certified',
    credentialSubject: {
      id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://university.example/achievements/cpr-2024',
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: 'CPR Certified',
        description: 'Performs cardiopulmonary resuscitation on adults, children and infants.',
        criteria: {
          id: 'https://university.example/achievements/cpr-2024/criteria',
          narrative: 'Pass the practical assessment and the written test (80% or better).'
        },
        image: {
          id: 'https://university.example/achievements/cpr-2024/image.png',
          type: 'Image',
          caption: 'CPR badge'
        },
        alignment: [{
          type: ['Alignment'],
          targetName: 'Basic Life Support',
          targetUrl: 'https://framework.example/bls',
          targetDescription: 'Adult and paediatric basic life support.',
          targetFramework: 'Example Resuscitation Framework',
          targetCode: 'BLS-1',
          targetType: 'ceterms:Competency'
        }],
        tag: ['first aid', 'health'],
        creator: {
          id: issuerId,
          type: ['Profile'],
          name: 'Example University'
        }
      }
    }
  }),

  /**
   * A fuller badge: expires (validUntil), a hashed email identifier next to the subject id,
   * result descriptions with a result, and evidence.
   */
  full: ({issuerId, label}) => {
    const salt = 'c0ffee-salt';
    return {
      '@context': [VC_V2, OB_V3_0_3],
      id: stableUrnUuid(label),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: {
        id: issuerId,
        type: ['Profile'],
        name: 'Example Training Institute',
        url: 'https://training.example/'
      },
      validFrom: VALID_FROM,
      validUntil: VALID_UNTIL,
      name: 'Data Analysis with Python',
      description: 'Awarded for completing the data analysis course.',
      credentialSubject: {
        id: 'did:example:0a7f2c1e9b',
        type: ['AchievementSubject'],
        identifier: [{
          type: 'IdentityObject',
          identityHash: identityHash('ada@example.org', salt),
          identityType: 'emailAddress',
          hashed: true,
          salt
        }],
        achievement: {
          id: 'https://training.example/achievements/data-analysis',
          type: ['Achievement'],
          achievementType: 'Course',
          name: 'Data Analysis with Python',
          description: 'Cleans, explores and models tabular data with pandas.',
          criteria: {
            narrative: 'Complete all six modules and the capstone project.'
          },
          image: {
            id: 'https://training.example/achievements/data-analysis.png',
            type: 'Image'
          },
          alignment: [{
            type: ['Alignment'],
            targetName: 'Data analysis',
            targetUrl: 'https://framework.example/skills/data-analysis',
            targetFramework: 'Example Skills Framework',
            targetType: 'ceasn:Competency'
          }],
          resultDescription: [{
            id: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c',
            type: ['ResultDescription'],
            name: 'Final grade',
            resultType: 'LetterGrade',
            allowedValue: ['A', 'B', 'C', 'D', 'F']
          }]
        },
        result: [{
          type: ['Result'],
          resultDescription: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c',
          value: 'A'
        }]
      },
      evidence: [{
        id: 'https://training.example/evidence/capstone-ada',
        type: ['Evidence'],
        name: 'Capstone project',
        narrative: 'A reproducible analysis of public transport punctuality.'
      }]
    };
  }
};

/**
 * The JWT payload for a VC 2.0 credential under OB 3.0's VC-JWT rules: the credential itself plus
 * iss = issuer.id, sub = credentialSubject.id, nbf = validFrom (seconds), jti = id, and exp =
 * validUntil when present.
 */
export function jwtPayload(credential) {
  const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const payload = {
    ...credential,
    iss: issuerId,
    sub: credential.credentialSubject.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    jti: credential.id
  };
  if(credential.validUntil !== undefined) {
    payload.exp = Math.floor(Date.parse(credential.validUntil) / 1000);
  }
  return payload;
}
