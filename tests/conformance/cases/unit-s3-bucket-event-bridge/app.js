// Conformance case 'unit-s3-bucket-event-bridge': bucket.enableEventBridgeNotification() after the bucket
// is made (the Notifications custom resource's EventBridgeConfiguration), and called twice on a second
// bucket.
// Upstream: aws-s3/test/bucket.test.ts 'Event Bridge notification can be enabled after the bucket is created'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'MyBucket');
bucket.enableEventBridgeNotification();
const twice = new s3.Bucket(stack, 'Twice', { eventBridgeEnabled: true });
twice.enableEventBridgeNotification();
app.synth();
