// Conformance case 'integ-dynamodb-policy': aws-cdk's integ.dynamodb.policy.ts (framework-integ/test/aws-dynamodb);
// dropped: the IntegTest; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const doc = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          actions: ['dynamodb:*'],
          principals: [new iam.AccountRootPrincipal()],
          resources: ['*'],
        }),
      ],
    });

    this.table = new dynamodb.Table(this, 'TableTest1', {
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      resourcePolicy: doc,
    });

    this.table.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:GetItem'],
      principals: [new iam.AccountRootPrincipal()],
      resources: ['*'],
    }));

    this.tableTwo = new dynamodb.Table(this, 'TableTest2', {
      partitionKey: {
        name: 'PK',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    this.tableTwo.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:PutItem'],
      principals: [new iam.AccountRootPrincipal()],
      resources: ['*'],
    }));
  }
}

const app = new cdk.App();
new TestStack(app, 'resource-policy-stack', {});

app.synth();
