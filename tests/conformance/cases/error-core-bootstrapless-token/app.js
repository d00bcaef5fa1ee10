// Conformance case 'error-core-bootstrapless-token': error: a BootstraplessSynthesizer whose
// cloudFormationExecutionRoleArn holds a token (Aws.ACCOUNT_ID): the DefaultStackSynthesizer it
// builds refuses it under its own name for it, 'cloudFormationExecutionRole' (unscoped).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'Stack', {
  synthesizer: new cdk.BootstraplessSynthesizer({
    cloudFormationExecutionRoleArn: `arn:aws:iam::${cdk.Aws.ACCOUNT_ID}:role/exec`,
  }),
});
app.synth();
