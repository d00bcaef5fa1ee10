// Conformance case 'integ-dynamodb-point-in-time-recovery': aws-cdk's integ.dynamodb.point-in-time-recovery.ts
// (framework-integ/test/aws-dynamodb); dropped: the IntegTest; app.synth() added. Adapted: the integ
// file's top-level recoveryPeriodInDays: 35 is not a TableProps of aws-cdk-lib 2.276.0 (which ignores
// it), so it is left out
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
      pointInTimeRecovery: true,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
  }
}

const app = new cdk.App();
new TestStack(app, 'aws-cdk-dynamodb-point-in-time-recovery', {});

app.synth();
