// error: a UrlSubscription of a URL that is neither http:// nor https://
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Orders');

topic.addSubscription(new subscriptions.UrlSubscription('ftp://example.com/hook'));
app.synth();
