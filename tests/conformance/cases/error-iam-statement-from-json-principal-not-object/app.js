// Conformance case 'error-iam-statement-from-json-principal-not-object': PolicyStatement.fromJson: a Principal that is a number: "JSON IAM principal should be an object, got 42".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.PolicyStatement.fromJson({ Action: 's3:GetObject', Resource: '*', Principal: 42 });
app.synth();
