// Conformance case 'error-ported-notification-multiple-prefix': aws-s3's notification.test.ts 'throws with multiple prefix rules in a
// filter' as written: a destination of one's own (a TOPIC) in its `new cdk.Stack()` ('Default'),
// two prefix filters on one notification (the error at addEventNotification)
// Ported from aws-cdk: aws-s3/test/notification.test.ts 'throws with multiple prefix rules in a filter'
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const bucket = new s3.Bucket(stack, 'MyBucket');
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, {
  bind: () => ({
    arn: 'ARN',
    type: s3.BucketNotificationDestinationType.TOPIC,
  }),
}, { prefix: 'images/' }, { prefix: 'archive/' });
app.synth();
