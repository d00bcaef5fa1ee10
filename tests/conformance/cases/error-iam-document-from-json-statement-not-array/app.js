// Conformance case 'error-iam-document-from-json-statement-not-array': PolicyDocument.fromJson with a Statement that is an object: "Statement must be an array".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.PolicyDocument.fromJson({ Statement: { Action: 's3:GetObject', Resource: '*' } });
app.synth();
