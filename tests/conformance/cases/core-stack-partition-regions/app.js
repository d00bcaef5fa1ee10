// Stack.partition for env-specific stacks: region-info's partition of a known region (every
// partition aws-cdk-lib 2.276 knows), the AWS::Partition token for a region it does not know.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const regions = ['us-east-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'us-isob-east-1',
  'eu-isoe-west-1', 'us-isof-south-1', 'eusc-de-east-1', 'invalid-region', 'xx-new-1'];
regions.forEach((region, i) => {
  const stack = new cdk.Stack(app, `Stack${i}`, { env: { account: '123456789012', region } });
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  new cdk.CfnOutput(stack, 'Partition', { value: stack.partition });
  new cdk.CfnOutput(stack, 'Arn', { value: stack.formatArn({ service: 'sqs', resource: 'q' }) });
});
app.synth();
