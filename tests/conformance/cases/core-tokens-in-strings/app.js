// Conformance case 'core-tokens-in-strings': core: strings mixing literal text and references (Fn::Join)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const target = new lambda.Function(stack, 'Target', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "target";'),
});

const caller = new lambda.Function(stack, 'Caller', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "caller";'),
  environment: {
    TARGET_ARN: target.functionArn,
    TARGET_INFO: `arn=${target.functionArn};name=${target.functionName}!`,
    ADJACENT: `${target.functionName}${target.functionArn}`,
    WHERE: `${cdk.Aws.REGION}/${cdk.Aws.ACCOUNT_ID}/${stack.stackName}`,
  },
});
caller.addEnvironment('ADDED_LATER', `prefix-${target.functionName}`);

new cdk.CfnOutput(stack, 'Mixed', { value: `The function ${target.functionName} has ARN ${target.functionArn}.` });
new cdk.CfnOutput(stack, 'OnlyToken', { value: target.functionArn });
new cdk.CfnOutput(stack, 'Literal', { value: 'just text with "quotes" and \\ backslash' });
new cdk.CfnOutput(stack, 'Partition', { value: `arn:${cdk.Aws.PARTITION}:lambda:${cdk.Aws.REGION}:${cdk.Aws.ACCOUNT_ID}:function:${target.functionName}` });
new cdk.CfnOutput(stack, 'Joined', { value: cdk.Fn.join('', ['a', target.functionName, 'b', 'c']) });

app.synth();
