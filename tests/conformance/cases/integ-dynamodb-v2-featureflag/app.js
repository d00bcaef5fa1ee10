// Conformance case 'integ-dynamodb-v2-featureflag': aws-cdk's integ.dynamodb-v2.featureflag.ts (framework-integ/test/aws-dynamodb); dropped: the IntegTest;
// app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-dynamodb:resourcePolicyPerReplica': true,
  },
});

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const docu = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          actions: ['dynamodb:*'],
          principals: [new iam.AccountRootPrincipal()],
          resources: ['*'],
        }),
      ],
    });

    // table with resource policy
    new dynamodb.TableV2(this, 'TableTestV2', {
      partitionKey: {
        name: 'id',
        type: dynamodb.AttributeType.STRING,
      },
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      resourcePolicy: docu,
    });
  }
}

new TestStack(app, 'ResourcePolicyTest-v2-ff', { env: { region: 'eu-west-1' } });

app.synth();
