// Conformance case 'error-secretsmanager-two-values': a Secret with both generateSecretString and
// secretStringValue: aws-cdk-lib's "Cannot specify more than one of ..." error on the secret.
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new secretsmanager.Secret(stack, 'Secret', {
  generateSecretString: { passwordLength: 20 },
  secretStringValue: cdk.SecretValue.unsafePlainText('value'),
});
app.synth();
