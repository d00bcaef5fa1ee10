// Conformance case 'integ-dynamodb-deletion-protection': aws-cdk's integ.dynamodb.deletion-protection.ts
// (framework-integ/test/aws-dynamodb); dropped: the IntegTest (and its hooks)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      deletionProtection: true,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      tableName: 'deletion-protection-test',
    });
  }
}

const app = new cdk.App();
new TestStack(app, 'deletion-protection-stack', {
  env: {
    region: 'us-east-1',
    account: process.env.CDK_INTEG_ACCOUNT || process.env.CDK_DEFAULT_ACCOUNT,
  },
});

app.synth();
