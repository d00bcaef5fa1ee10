// Conformance case 's3-imported-bucket-notification': notifications on imported buckets (unmanaged:
// the handler keeps the bucket's other notifications, and may read them), by ARN, by name and by
// attributes with a token name; and, with @aws-cdk/aws-s3:keepNotificationInImportedBucket on, an
// owned bucket made unmanaged too.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const byArn = s3.Bucket.fromBucketArn(stack, 'ByArn', 'arn:aws:s3:::existing-uploads');
byArn.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn), { prefix: 'in/' });
const byName = s3.Bucket.fromBucketName(stack, 'ByName', 'Legacy_Bucket');
byName.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE, new s3n.LambdaDestination(fn));
const param = new cdk.CfnParameter(stack, 'BucketArnParam');
const byAttrs = s3.Bucket.fromBucketAttributes(stack, 'ByAttrs', { bucketArn: param.valueAsString });
byAttrs.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn), { suffix: '.csv' });
new cdk.CfnOutput(stack, 'ByAttrsName', { value: byAttrs.bucketName });

const kept = new cdk.Stack(app, 'KeepStack');
kept.node.setContext('@aws-cdk/aws-s3:keepNotificationInImportedBucket', true);
const fn2 = new lambda.Function(kept, 'Fn', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const owned = new s3.Bucket(kept, 'Owned');
owned.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn2));

app.synth();
