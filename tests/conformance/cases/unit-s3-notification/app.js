// Conformance case 'unit-s3-notification': bucket notifications to destinations of one's own
// ({ bind: () => ({ arn, type }) }), a stack per test: the notifications resource (topic, queue and
// lambda configurations), imported buckets with and without a notificationsHandlerRole (an imported
// role: no role made, the managed-policy warning; a Role: the handler policy and the managed policy
// on it), prefix and suffix filters, the handler's DependsOn on its role, the resource's DependsOn on
// its handler policy and on the bucket policy (made before or after), EventBridge,
// keepNotificationInImportedBucket set on the stack, notificationsSkipDestinationValidation, per-bucket
// handler policies. Plus SQS and SNS destinations on one bucket and a custom destination with
// dependencies.
// Ported from aws-cdk: aws-s3/test/notification.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const dest = (arn, type) => ({ bind: () => ({ arn, type }) });
const topicDest = dest('ARN', s3.BucketNotificationDestinationType.TOPIC);
const importedRoleArn = 'arn:aws:iam::111111111111:role/DevsNotAllowedToTouch';

// 'when notification is added a custom s3 bucket notification resource is provisioned'
{
  const stack = new cdk.Stack(app, 'Provisioned');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
}
// 'can specify a custom role for the notifications handler of imported buckets', 'service-role
// permission are not added if `IRole` is provided', 'warning is thrown when `IRole` is provided and
// not policies are added', 'check notifications handler runtime version'
{
  const stack = new cdk.Stack(app, 'ImportedRole');
  const importedRole = iam.Role.fromRoleArn(stack, 'role', importedRoleArn);
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'MyBucket', {
    bucketName: 'foo-bar',
    notificationsHandlerRole: importedRole,
  });
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
}
// 'add service-role permission if no Roles are provided', 'no warnings are shown if no Roles are provided'
{
  const stack = new cdk.Stack(app, 'NoRole');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'MyBucket', { bucketName: 'foo-bar' });
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
}
// 'If `Role` is provided, PutBucketNotification, GetBucketNotification will be added along with
// `service-role/AWSLambdaBasicExecutionRole`', 'If `Role` is provided, No warnings are thrown'
{
  const stack = new cdk.Stack(app, 'GivenRole');
  const importedRole = new iam.Role(stack, 'Role', {
    assumedBy: new iam.ServicePrincipal('someservice.amazonaws.com'),
  });
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'MyBucket', {
    bucketName: 'foo-bar',
    notificationsHandlerRole: importedRole,
  });
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
}
// 'can specify prefix and suffix filter rules'
{
  const stack = new cdk.Stack(app, 'Filters');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest, { prefix: 'images/', suffix: '.png' });
}
// 'the notification lambda handler must depend on the role to prevent executing too early',
// 'custom resource must not depend on bucket policy if it bucket policy does not exists'
// (as 'Provisioned')
// 'custom resource must depend on bucket policy to prevent executing too early'
{
  const stack = new cdk.Stack(app, 'PolicyBefore');
  const bucket = new s3.Bucket(stack, 'MyBucket', { enforceSSL: true });
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
}
// 'custom resource must depend on bucket policy even if bucket policy is added after notification'
{
  const stack = new cdk.Stack(app, 'PolicyAfter');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    resources: [bucket.bucketArn],
    actions: ['s3:GetBucketAcl'],
    principals: [new iam.AnyPrincipal()],
  }));
}
// 'EventBridge notification custom resource'
{
  const stack = new cdk.Stack(app, 'EventBridge');
  new s3.Bucket(stack, 'MyBucket', { eventBridgeEnabled: true });
}
// 'Notification custom resource uses always treat bucket as unmanaged'
{
  const stack = new cdk.Stack(app, 'KeepNotification');
  stack.node.setContext('@aws-cdk/aws-s3:keepNotificationInImportedBucket', true);
  new s3.Bucket(stack, 'MyBucket', { eventBridgeEnabled: true });
}
// 'skip destination validation is set to false by default', '... set to true', '... set to false'
[['SkipDefault', undefined], ['SkipTrue', true], ['SkipFalse', false]].forEach(([id, skip]) => {
  const stack = new cdk.Stack(app, id);
  const bucket = new s3.Bucket(stack, 'MyBucket', {
    bucketName: 'foo-bar',
    notificationsSkipDestinationValidation: skip,
  });
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
});
// 'multiple buckets in same stack result in separate per-bucket policies'
{
  const stack = new cdk.Stack(app, 'PerBucketPolicies');
  const bucket1 = new s3.Bucket(stack, 'Bucket1');
  const bucket2 = new s3.Bucket(stack, 'Bucket2');
  const bucket3 = s3.Bucket.fromBucketAttributes(stack, 'ImportedBucket', { bucketName: 'imported-bucket' });
  bucket1.addEventNotification(s3.EventType.OBJECT_CREATED, dest('ARN1', s3.BucketNotificationDestinationType.TOPIC));
  bucket2.addEventNotification(s3.EventType.OBJECT_REMOVED, dest('ARN2', s3.BucketNotificationDestinationType.QUEUE));
  bucket3.addEventNotification(s3.EventType.OBJECT_CREATED, dest('ARN3', s3.BucketNotificationDestinationType.LAMBDA));
}
// 'custom resource depends on handler IAM policy to prevent race condition on removal'
{
  const stack = new cdk.Stack(app, 'SharedDestination');
  const bucket1 = new s3.Bucket(stack, 'Bucket1');
  const bucket2 = new s3.Bucket(stack, 'Bucket2');
  bucket1.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
  bucket2.addEventNotification(s3.EventType.OBJECT_CREATED, topicDest);
}
// a queue, a topic and a custom destination with dependencies on one bucket, several events each
{
  const stack = new cdk.Stack(app, 'Mixed');
  const bucket = new s3.Bucket(stack, 'MyBucket');
  const queue = new sqs.Queue(stack, 'Queue');
  const topic = new sns.Topic(stack, 'Topic');
  const other = new sqs.Queue(stack, 'Other');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED_PUT, new s3n.SnsDestination(topic), { suffix: '.jpg' });
  bucket.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE, new s3n.SqsDestination(queue));
  bucket.addEventNotification(s3.EventType.OBJECT_TAGGING, new s3n.SnsDestination(topic));
  bucket.addEventNotification(s3.EventType.REPLICATION, {
    bind: () => ({ arn: other.queueArn, type: s3.BucketNotificationDestinationType.QUEUE, dependencies: [other] }),
  }, { prefix: 'r/' });
  bucket.addObjectRemovedNotification(new s3n.SqsDestination(queue), { prefix: 'p/', suffix: '.s' });
}
app.synth();
