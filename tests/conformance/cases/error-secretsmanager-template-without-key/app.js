// Conformance case 'error-secretsmanager-template-without-key': generateSecretString with a
// secretStringTemplate but no generateStringKey: aws-cdk-lib's error on the secret.
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new secretsmanager.Secret(stack, 'Secret', {
  generateSecretString: { secretStringTemplate: JSON.stringify({ username: 'admin' }) },
});
app.synth();
