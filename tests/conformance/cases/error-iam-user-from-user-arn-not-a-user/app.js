// Conformance case 'error-iam-user-from-user-arn-not-a-user': iam.User.fromUserArn with
// an IAM role's ARN: Arn.extractResourceName throws "Expected resource type 'user' in ARN, got 'role' in '<arn>'".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.User.fromUserArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/notauser');
app.synth();
