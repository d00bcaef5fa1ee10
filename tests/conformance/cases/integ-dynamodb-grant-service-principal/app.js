// Conformance case 'integ-dynamodb-grant-service-principal': aws-cdk's integ.dynamodb.grant-service-principal.ts
// (framework-integ/test/aws-dynamodb); dropped: the IntegTest; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new dynamodb.Table(this, 'GrantDropTable', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    new dynamodb.TableV2(this, 'GrantDropTableV2', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    const table3 = new dynamodb.Table(this, 'Table3', {
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    table3.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:ReadDataForReplication', 'dynamodb:WriteDataForReplication', 'dynamodb:ReplicateSettings'],
      principals: [new iam.ServicePrincipal('replication.dynamodb.amazonaws.com')],
      resources: ['*'],
      conditions: {
        StringEquals: { 'aws:SourceAccount': cdk.Stack.of(this).account },
      },
    }));
  }
}

const app = new cdk.App();
new TestStack(app, 'grant-service-principal-test-stack');

app.synth();
