// Conformance case 'error-iam-role-from-arn-add-grants-mutable': Role.fromRoleArn given
// addGrantsToResources (false here) without mutable: false is aws-cdk-lib's error on the scope.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/MyRole', { addGrantsToResources: false });
app.synth();
