// Conformance case 'unit-core-arn': aws-cdk's core arn.test.ts: stack.formatArn with the stack's
// defaults, with partition/region/account given (empty ones too), sep ':' and '', and a fully
// specified ARN of another stack used without an import.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const out = (id, value) => new cdk.CfnOutput(stack, id, { value });
out('Defaults', stack.formatArn({ service: 'sqs', resource: 'myqueuename' }));
out('Specific', stack.formatArn({
  service: 'dynamodb', resource: 'table', account: '123456789012', region: 'us-east-1', partition: 'aws-cn',
  resourceName: 'mytable/stream/label',
}));
out('EmptyComponents', stack.formatArn({ service: 's3', resource: 'my-bucket', account: '', region: '', partition: 'aws-cn' }));
out('ColonSep', stack.formatArn({ service: 'codedeploy', resource: 'application', sep: ':', resourceName: 'WordPress_App' }));
out('EmptySep', stack.formatArn({ service: 'ssm', resource: 'parameter', sep: '', resourceName: '/parameter-name' }));
out('NameNoSep', stack.formatArn({ service: 'lambda', resource: 'function', resourceName: 'fn' }));

const stack1 = new cdk.Stack(app, 'Stack1', { env: { account: '12345678', region: 'us-turbo-5' } });
const stack2 = new cdk.Stack(app, 'Stack2', { env: { account: '87654321', region: 'us-turbo-1' } });
const arn = stack1.formatArn({ service: 'bla', resource: 'thing', resourceName: 'thong' });
new cdk.CfnOutput(stack2, 'SomeValue', { value: arn });
app.synth();
