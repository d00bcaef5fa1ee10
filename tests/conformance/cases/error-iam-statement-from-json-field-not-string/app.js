// Conformance case 'error-iam-statement-from-json-field-not-string': PolicyStatement.fromJson: an Action that is an object: "Fields must be either a string or an array of strings".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.PolicyStatement.fromJson({ Action: { a: 1 }, Resource: '*' });
app.synth();
