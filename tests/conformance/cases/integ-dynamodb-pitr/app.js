// Conformance case 'integ-dynamodb-pitr': aws-cdk's integ.dynamodb.pitr.ts (framework-integ/test/aws-dynamodb);
// dropped: the IntegTest; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new dynamodb.Table(this, 'TableTest', {
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: true,
        recoveryPeriodInDays: 10,
      },
    });
  }
}

new TestStack(app, 'table-pitr', { env: { region: 'eu-west-1' } });

app.synth();
