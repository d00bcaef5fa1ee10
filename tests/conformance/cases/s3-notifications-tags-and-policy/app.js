// Conformance case 's3-notifications-tags-and-policy': a stack tag reaches the notifications handler
// function (its own TagManager: Tags after the other properties); destinations a Version and an
// imported function of another account (no permission); DSSE_MANAGED encryption; a grant to an
// account principal makes the bucket policy after the notification, and the notifications resource
// still depends on it (aws-cdk-lib's aspect).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const iam = require('aws-cdk-lib/aws-iam');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
cdk.Tags.of(stack).add('team', 'x');
const fn = new lambda.Function(stack, 'F', { runtime: lambda.Runtime.NODEJS_18_X, handler: 'i.h', code: lambda.Code.fromInline('x') });
const v = fn.currentVersion;
const b = new s3.Bucket(stack, 'B', { encryption: s3.BucketEncryption.DSSE_MANAGED });
b.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(v));
b.addEventNotification(s3.EventType.OBJECT_REMOVED, new s3n.LambdaDestination(lambda.Function.fromFunctionArn(stack, 'I', 'arn:aws:lambda:us-east-1:123456789012:function:other')));
b.grantRead(new iam.AccountPrincipal('123456789012'));
app.synth();
