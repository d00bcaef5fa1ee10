// Conformance case 'webfunction-imports': WebFunction.fromWebFunctionArn / fromWebFunctionAttributes
// (literal and token ARNs: the name from the ARN), addToResourcePolicy on an import (aws-cdk-lib's
// warning; with ARN principals, as the warning prints an AccountPrincipal's ARN as one token, which
// ccdk does not), a WebFunctionEndpoint serving an imported function (its grant to an account goes to
// the function's policy, which cannot be added to: the warning) and to a role (the role's policy).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const byArn = lambda.WebFunction.fromWebFunctionArn(stack, 'ByArn',
  'arn:aws:lambda:us-west-2:123456789012:web-function/my-function');
const param = new cdk.CfnParameter(stack, 'FunctionArnParam', { type: 'String' });
const byAttrs = lambda.WebFunction.fromWebFunctionAttributes(stack, 'ByAttrs', {
  webFunctionArn: param.valueAsString,
});
byArn.addToResourcePolicy(new iam.PolicyStatement({
  principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:root')],
  actions: ['lambda:InvokeWebFunctionEndpoint'],
  resources: ['*'],
}));

const endpoint = new lambda.WebFunctionEndpoint(stack, 'Endpoint', {
  webFunction: byArn,
  traffic: lambda.WebFunctionTraffic.single('rev-1'),
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  endpointName: 'extra',
});
endpoint.grants.invoke(new iam.ArnPrincipal('arn:aws:iam::444455556666:root'));
const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
endpoint.grants.invoke(caller);

new lambda.WebFunctionEndpoint(stack, 'ParamEndpoint', {
  webFunction: byAttrs,
  traffic: lambda.WebFunctionTraffic.single('rev-2'),
  authType: lambda.WebFunctionAuthType.APPLICATION_MANAGED,
  endpointLocation: lambda.WebFunctionEndpointLocation.perRegion(['eu-west-1']),
});

new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.webFunctionName });
new cdk.CfnOutput(stack, 'ByArnArn', { value: byArn.webFunctionArn });
new cdk.CfnOutput(stack, 'ByAttrsName', { value: byAttrs.webFunctionName });

app.synth();
