// Conformance case 'error-s3-notification-empty-filter': a filter with neither prefix nor suffix in a
// notification to a topic
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'MyBucket');
const topic = new sns.Topic(stack, 'Topic');
bucket.addObjectRemovedNotification(new s3n.SnsDestination(topic), { prefix: 'a/' }, {});
app.synth();
