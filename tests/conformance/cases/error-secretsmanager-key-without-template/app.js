// Conformance case 'error-secretsmanager-key-without-template': generateSecretString with
// generateStringKey but no secretStringTemplate (secret.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new secretsmanager.Secret(stack, 'Secret', { generateSecretString: { generateStringKey: 'password' } });
app.synth();
