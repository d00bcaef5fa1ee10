// Conformance case 'error-secretsmanager-name-colon': the secretValue of Secret.fromSecretName of a
// name with a ":" (no ARN): SecretValue.cfnDynamicReferenceKey's check.
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
secretsmanager.Secret.fromSecretName(stack, 'Secret', 'team:secret').secretValue;
app.synth();
