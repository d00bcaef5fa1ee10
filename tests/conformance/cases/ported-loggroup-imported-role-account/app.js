// Conformance case 'ported-loggroup-imported-role-account': aws-logs' loggroup.test.ts 'imported
// values are treated as if they are ARNs and converted to account IDs via CFN pseudo parameters' as
// written, in its `new Stack()` ('Default': PolicyName LogGroupPolicy643B329C)
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts 'imported values are treated as if they are
// ARNs and converted to account IDs via CFN pseudo parameters'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
// GIVEN
const stack = new cdk.Stack(app);
const lg = new logs.LogGroup(stack, 'LogGroup');
// WHEN
lg.addToResourcePolicy(new iam.PolicyStatement({
  resources: ['*'],
  actions: ['logs:PutLogEvents'],
  principals: [iam.Role.fromRoleArn(stack, 'Role', cdk.Fn.importValue('SomeRole'))],
}));

app.synth();
