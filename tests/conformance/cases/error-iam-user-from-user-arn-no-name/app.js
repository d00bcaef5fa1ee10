// Conformance case 'error-iam-user-from-user-arn-no-name': iam.User.fromUserArn with
// an ARN without a resource name: Arn.extractResourceName throws "Expected resource name in ARN, didn't find one: '<arn>'".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.User.fromUserArn(stack, 'Imported', 'arn:aws:iam::123456789012:user');
app.synth();
