// Conformance case 'integ-sns-topic-grants-property': aws-cdk's integ.sns-topic-grants-property.ts
// (framework-integ/test/aws-sns); dropped: the IntegTest
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

class SNSGrantsPropertyInteg extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const topic = new sns.Topic(this, 'MyTopic');

    const topicAsInterface = topic;

    const user = new iam.User(this, 'MyUser');

    topicAsInterface.grants.publish(user);
  }
}

const app = new cdk.App();

new SNSGrantsPropertyInteg(app, 'sns-grants-property-stack');

app.synth();
