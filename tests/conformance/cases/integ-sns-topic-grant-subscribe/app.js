// Conformance case 'integ-sns-topic-grant-subscribe': aws-cdk's integ.sns-topic-grant-subscribe.ts
// (framework-integ/test/aws-sns); dropped: the IntegTest
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');

class SNSInteg extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const key = new kms.Key(this, 'CustomKey', {
      pendingWindow: cdk.Duration.days(7),
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    const topic = new sns.Topic(this, 'MyTopic', {
      masterKey: key,
    });

    const user = new iam.User(this, 'MyUser');

    topic.grantSubscribe(user);
  }
}

const app = new cdk.App();

new SNSInteg(app, 'sns-grant-subscribe-stack');

app.synth();
