// Conformance case 'unit-s3n-sns-bind': s3n.SnsDestination bound directly (bind(scope, bucket)), a
// stack per test: the topic policy statement per bucket (the same bucket twice: one statement); a
// topic with a masterKey under @aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions (the
// key policy statement), without the flag (none), and with an imported key (the warning).
// Ported from aws-cdk: aws-s3-notifications/test/sns.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();

// 'asBucketNotificationDestination adds bucket permissions only once for each bucket'
{
  const stack = new cdk.Stack(app, 'OncePerBucket');
  const topic = new sns.Topic(stack, 'MyTopic');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const bucket2 = new s3.Bucket(stack, 'Bucket2');
  new s3n.SnsDestination(topic).bind(bucket, bucket);
  new s3n.SnsDestination(topic).bind(bucket, bucket);
  new s3n.SnsDestination(topic).bind(bucket2, bucket2);
}
// 'encrypted sns topic adds KMS permissions' (the flag as the test's postCliContext gives it, here
// on the stack)
{
  const stack = new cdk.Stack(app, 'EncryptedTopic');
  stack.node.setContext('@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions', true);
  const topic = new sns.Topic(stack, 'Topic', { masterKey: new kms.Key(stack, 'Key') });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new s3n.SnsDestination(topic).bind(bucket, bucket);
}
// the same without the flag (the app's context decides)
{
  const stack = new cdk.Stack(app, 'EncryptedTopicNoFlag');
  const topic = new sns.Topic(stack, 'Topic', { masterKey: new kms.Key(stack, 'Key') });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new s3n.SnsDestination(topic).bind(bucket, bucket);
}
// an imported key: the warning
{
  const stack = new cdk.Stack(app, 'ImportedKey');
  stack.node.setContext('@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions', true);
  const key = kms.Key.fromKeyArn(stack, 'ImportedKey', 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
  const topic = new sns.Topic(stack, 'Topic', { masterKey: key });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new s3n.SnsDestination(topic).bind(bucket, bucket);
}
app.synth();
