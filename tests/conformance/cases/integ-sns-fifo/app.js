// Conformance case 'integ-sns-fifo': aws-cdk's integ.sns-fifo.ts (framework-integ/test/aws-sns); nothing dropped
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

class SNSFifoInteg extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new sns.Topic(this, 'MyTopic', {
      topicName: 'fooTopic',
      displayName: 'fooDisplayName',
      contentBasedDeduplication: true,
      fifo: true,
    });
  }
}

const app = new cdk.App();

new SNSFifoInteg(app, 'SNSFifoInteg');

app.synth();
