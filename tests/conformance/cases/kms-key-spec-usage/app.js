// kms.Key keySpec/keyUsage (aws-kms/test/key.test.ts: 'keySpec and keyUsage', 'key spec and usage
// combinations'): allowed pairs of every usage, explicit defaults, ECC_NIST_EDWARDS25519, ML-DSA and
// SM2 signing keys, an asymmetric key with enableKeyRotation false, and one with a rotationPeriod
// (not checked there for asymmetric keys; it turns EnableKeyRotation on), multiRegion,
// trustAccountIdentities true (the default key policy all the same).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'Sign', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY });
new kms.Key(stack, 'Rsa', { keySpec: kms.KeySpec.RSA_4096 });
new kms.Key(stack, 'Mac', { keySpec: kms.KeySpec.HMAC_256, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC });
new kms.Key(stack, 'Agree', { keySpec: kms.KeySpec.ECC_NIST_P256, keyUsage: kms.KeyUsage.KEY_AGREEMENT });
new kms.Key(stack, 'Symmetric', {
  keySpec: kms.KeySpec.SYMMETRIC_DEFAULT,
  keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT,
  enableKeyRotation: true,
  multiRegion: true,
});
new kms.Key(stack, 'Edwards', { keySpec: kms.KeySpec.ECC_NIST_EDWARDS25519, keyUsage: kms.KeyUsage.SIGN_VERIFY });
new kms.Key(stack, 'Edwards2', { keySpec: kms.KeySpec.ECC_NIST_EDWARDS25519, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC });
new kms.Key(stack, 'MlDsa', { keySpec: kms.KeySpec.ML_DSA_65, keyUsage: kms.KeyUsage.SIGN_VERIFY, multiRegion: false });
new kms.Key(stack, 'Sm2', { keySpec: kms.KeySpec.SM2, keyUsage: kms.KeyUsage.KEY_AGREEMENT });
new kms.Key(stack, 'NoRotation', { keySpec: kms.KeySpec.ECC_SECG_P256K1, keyUsage: kms.KeyUsage.SIGN_VERIFY, enableKeyRotation: false });
new kms.Key(stack, 'RotationPeriod', { keySpec: kms.KeySpec.RSA_3072, rotationPeriod: cdk.Duration.days(90) });
new kms.Key(stack, 'Trusting', { trustAccountIdentities: true, keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT });
app.synth();
