// Conformance case 'error-s3-notification-target-type': a destination of one's own whose bind gives a
// type that is no BucketNotificationDestinationType
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'MyBucket');
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, { bind: () => ({ arn: 'ARN', type: 7 }) });
app.synth();
