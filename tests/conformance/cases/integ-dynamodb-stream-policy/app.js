// Conformance case 'integ-dynamodb-stream-policy': aws-cdk's integ.dynamodb.stream-policy.ts
// (framework-integ/test/aws-dynamodb); dropped: the IntegTest; app.synth() added. Adapted: Table's
// streamResourcePolicy is newer than aws-cdk-lib 2.276.0 (whose Table ignores it), so it and its
// policy document are left out
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.table = new dynamodb.Table(this, 'TableTest1', {
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    });
  }
}

const app = new cdk.App();
new TestStack(app, 'resource-policy-stack', {});

app.synth();
