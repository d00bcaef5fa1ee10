// Conformance case 'error-sns-logging-sample-rate-above-100': loggingConfigs with successFeedbackSampleRate 110 (thrown when the topic is rendered)
// Ported from aws-cdk: aws-sns/test/sns.test.ts, 'fails if success feedback sample rate outside the appropriate range'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const feedbackRole = new iam.Role(stack, 'feedbackRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
new sns.Topic(stack, 'MyTopic', {
  loggingConfigs: [{
    protocol: sns.LoggingProtocol.SQS, failureFeedbackRole: feedbackRole, successFeedbackRole: feedbackRole,
    successFeedbackSampleRate: 110,
  }],
});
app.synth();
