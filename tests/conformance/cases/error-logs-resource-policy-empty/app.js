// Conformance case 'error-logs-resource-policy-empty': error: a logs.ResourcePolicy whose document
// stays empty (its JSON is undefined, and CfnResourcePolicy's policyDocument is required)
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new logs.ResourcePolicy(stack, 'ResourcePolicy');
app.synth();
