// Conformance case 's3-notifications-two-buckets': notifications on two buckets of one stack, one
// singleton handler. The first bucket: enforceSSL (its policy becomes a dependency of the
// notifications resource), EventBridge, prefix and suffix filters; the second: a handler role of
// the user's, skipped destination validation, notifications to a function (twice: one permission)
// and to an alias, and an S3EventSource.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const code = lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler'));
const resize = new lambda.Function(stack, 'Resize', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler', code });
const audit = new lambda.Function(stack, 'Audit', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler', code });
const live = audit.addAlias('live');

const images = new s3.Bucket(stack, 'Images', { enforceSSL: true, eventBridgeEnabled: true });
images.addEventNotification(s3.EventType.OBJECT_CREATED_PUT, new s3n.LambdaDestination(resize),
  { prefix: 'uploads/', suffix: '.jpg' });

const handlerRole = new iam.Role(stack, 'NotificationsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const docs = new s3.Bucket(stack, 'Docs', {
  notificationsHandlerRole: handlerRole,
  notificationsSkipDestinationValidation: true,
});
docs.addEventNotification(s3.EventType.OBJECT_REMOVED, new s3n.LambdaDestination(audit));
docs.addEventNotification(s3.EventType.OBJECT_RESTORE_COMPLETED, new s3n.LambdaDestination(audit), { suffix: '.pdf' });
docs.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(live), { prefix: 'a/' }, { suffix: '.txt' });
resize.addEventSource(new eventsources.S3EventSource(docs, { events: [s3.EventType.OBJECT_TAGGING] }));

app.synth();
