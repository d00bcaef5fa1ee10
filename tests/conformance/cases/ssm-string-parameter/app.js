// new ssm.StringParameter: no name (a generated one, simple), a path name with every prop, a simple
// name with simpleName, a token value; parameterName / parameterArn / stringValue / parameterType
// in a function's environment, grantRead / grantWrite, and a stack tag (SSM's Tags are a map).
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const plain = new ssm.StringParameter(stack, 'Plain', { stringValue: 'hello' });
const full = new ssm.StringParameter(stack, 'Full', {
  stringValue: 'v1.2.3',
  parameterName: '/app/prod/version',
  description: 'the deployed version',
  allowedPattern: '^v\\d+\\.\\d+\\.\\d+$',
  tier: ssm.ParameterTier.ADVANCED,
  dataType: ssm.ParameterDataType.TEXT,
});
const simple = new ssm.StringParameter(stack, 'Simple', {
  stringValue: fn.functionArn,
  parameterName: 'function-arn',
  simpleName: true,
  tier: ssm.ParameterTier.INTELLIGENT_TIERING,
});
const image = new ssm.StringParameter(stack, 'Image', {
  stringValue: 'ami-12345678',
  dataType: ssm.ParameterDataType.AWS_EC2_IMAGE,
  tier: ssm.ParameterTier.STANDARD,
  allowedPattern: cdk.Fn.importValue('Pattern'),
});
fn.addEnvironment('PLAIN_NAME', plain.parameterName);
fn.addEnvironment('PLAIN_ARN', plain.parameterArn);
fn.addEnvironment('PLAIN_VALUE', plain.stringValue);
fn.addEnvironment('PLAIN_TYPE', plain.parameterType);
fn.addEnvironment('FULL_ARN', full.parameterArn);
fn.addEnvironment('SIMPLE_ARN', simple.parameterArn);
fn.addEnvironment('IMAGE_VALUE', image.stringValue);
plain.grantRead(fn);
full.grantRead(fn);
full.grantWrite(fn);
simple.grantWrite(fn);
cdk.Tags.of(stack).add('team', 'platform');
app.synth();
