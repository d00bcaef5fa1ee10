// Conformance case 'integ-dynamodb-add-to-resource-policy': aws-cdk's integ.dynamodb.add-to-resource-policy.ts
// (framework-integ/test/aws-dynamodb); dropped: the IntegTest; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.wildcardTable = new dynamodb.Table(this, 'WildcardTable', {
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    this.wildcardTable.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
      principals: [new iam.AccountRootPrincipal()],
      resources: ['*'],
    }));

    this.scopedTable = new dynamodb.Table(this, 'ScopedTable', {
      tableName: 'my-explicit-scoped-table',
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    this.scopedTable.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      principals: [new iam.AccountRootPrincipal()],
      resources: [cdk.Fn.sub('arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/my-explicit-scoped-table')],
    }));

    this.grantTable = new dynamodb.Table(this, 'GrantTable', {
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    this.grantTable.grantWriteData(new iam.AccountRootPrincipal());
  }
}

const app = new cdk.App();
new TestStack(app, 'add-to-resource-policy-test-stack');

app.synth();
