// Conformance case 'error-iam-statement-from-json-list-not-strings': PolicyStatement.fromJson: a Resource list holding a number: "Fields must be either a string or an array of strings".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.PolicyStatement.fromJson({ Action: 's3:GetObject', Resource: ['*', 42] });
app.synth();
