// Conformance case 'error-ported-core-synthesis-clicreds-token-parameters': clicreds-synthesis.test.ts's 'get an exception when using
// tokens for parameters' ported literally: a CliCredentialsStackSynthesizer whose fileAssetsBucketName holds
// Aws.REGION ("cannot contain tokens", unscoped). The test makes the synthesizer alone; ccdk takes
// the synthesizer's props with a stack, so app.c makes one (the error is the same, without a path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.CliCredentialsStackSynthesizer({
  fileAssetsBucketName: `my-bucket-${cdk.Aws.REGION}`,
});
app.synth();
