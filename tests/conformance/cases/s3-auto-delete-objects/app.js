// Conformance case 's3-auto-delete-objects': autoDeleteObjects on two buckets of a stack (one
// provider: its role, its handler function and code asset), one with enforceSSL (the policy gets
// the provider role's statement after the SSL one) and notifications.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Scratch', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
const uploads = new s3.Bucket(stack, 'Uploads', {
  autoDeleteObjects: true,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  enforceSSL: true,
  versioned: true,
});
uploads.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn));
uploads.grantRead(fn);

app.synth();
