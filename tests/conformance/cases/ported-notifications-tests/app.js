// Conformance case 'ported-notifications-tests': aws-s3-notifications' notifications.test.ts (the
// tests outside 'CloudWatch Events'), a stack per test: the first in `new cdk.Stack()` as written
// ('Default'), the others named after their test since one app holds one Default stack (their
// templates do not name the stack). A bucket without notifications, an SNS destination on an imported
// bucket (Managed false), the handler with its description, a stack tag on the handler, a topic made
// before the bucket, destinations of one's own of the three types, two of the same type, a prefix and
// suffix filter (suffix first), and a destination's dependency on a CfnResource.
// (exception: the notifications handler's code)
// Ported from aws-cdk: aws-s3-notifications/test/notifications.test.ts
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();

// 'bucket without notifications'
{
  const stack = new cdk.Stack(app);
  new s3.Bucket(stack, 'MyBucket');
}
// 'notifications can be added to imported buckets'
{
  const stack = new cdk.Stack(app, 'ImportedBuckets');
  const bucket = s3.Bucket.fromBucketName(stack, 'MyBucket', 'mybucket');
  const topic = new sns.Topic(stack, 'MyTopic');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SnsDestination(topic));
}
// 'when notification are added, a custom resource is provisioned + a lambda handler for it'
{
  const stack = new cdk.Stack(app, 'Provisioned');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  const topic = new sns.Topic(stack, 'MyTopic');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SnsDestination(topic));
}
// 'when notification are added, you can tag the lambda'
{
  const stack = new cdk.Stack(app, 'TagTheLambda');
  cdk.Tags.of(stack).add('Lambda', 'AreTagged');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  const topic = new sns.Topic(stack, 'MyTopic');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SnsDestination(topic));
}
// 'bucketNotificationTarget is not called during synthesis'
{
  const stack = new cdk.Stack(app, 'TopicFirst');
  const topic = new sns.Topic(stack, 'Topic');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  bucket.addObjectCreatedNotification(new s3n.SnsDestination(topic));
}
// 'subscription types'
{
  const stack = new cdk.Stack(app, 'SubscriptionTypes');
  const bucket = new s3.Bucket(stack, 'TestBucket');
  const queueTarget = {
    bind: _ => ({
      type: s3.BucketNotificationDestinationType.QUEUE,
      arn: 'arn:aws:sqs:...',
    }),
  };
  const lambdaTarget = {
    bind: _ => ({
      type: s3.BucketNotificationDestinationType.LAMBDA,
      arn: 'arn:aws:lambda:...',
    }),
  };
  const topicTarget = {
    bind: _ => ({
      type: s3.BucketNotificationDestinationType.TOPIC,
      arn: 'arn:aws:sns:...',
    }),
  };
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, queueTarget);
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, lambdaTarget);
  bucket.addObjectRemovedNotification(topicTarget, { prefix: 'prefix' });
}
// 'multiple subscriptions of the same type'
{
  const stack = new cdk.Stack(app, 'SameType');
  const bucket = new s3.Bucket(stack, 'TestBucket');
  bucket.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE, {
    bind: _ => ({
      type: s3.BucketNotificationDestinationType.QUEUE,
      arn: 'arn:aws:sqs:...:queue1',
    }),
  });
  bucket.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE, {
    bind: _ => ({
      type: s3.BucketNotificationDestinationType.QUEUE,
      arn: 'arn:aws:sqs:...:queue2',
    }),
  });
}
// 'prefix/suffix filters'
{
  const stack = new cdk.Stack(app, 'PrefixSuffix');
  const bucket = new s3.Bucket(stack, 'TestBucket');
  const bucketNotificationTarget = {
    type: s3.BucketNotificationDestinationType.QUEUE,
    arn: 'arn:aws:sqs:...',
  };
  bucket.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE, { bind: _ => bucketNotificationTarget }, { prefix: 'images/', suffix: '.jpg' });
}
// 'a notification destination can specify a set of dependencies that must be resolved before the
// notifications resource is created'
{
  const stack = new cdk.Stack(app, 'Dependencies');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const dependent = new cdk.CfnResource(stack, 'Dependent', { type: 'DependOnMe' });
  const dest = {
    bind: () => ({
      arn: 'arn',
      type: s3.BucketNotificationDestinationType.QUEUE,
      dependencies: [dependent],
    }),
  };
  bucket.addObjectCreatedNotification(dest);
}

app.synth();
