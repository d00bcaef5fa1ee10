// Conformance case 'ported-function-l1-relationships'
// Upstream: aws-lambda/test/function.test.ts describe('L1 Relationships'): 'simple union' (a Role as
// CfnFunction's role), 'array of unions' (LayerVersions as its layers), 'array reference should be
// valid' (the layers array changed after the CfnFunction is made), a stack each. ccdk's CfnFunction
// (ccdk_lambda_cfn_function_new) takes CloudFormation values: the role's ARN, the layers' ARNs, a
// list that is kept, not copied.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'SimpleUnion');
  const role = new iam.Role(stack, 'SomeRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  new lambda.CfnFunction(stack, 'MyLambda', {
    code: { zipFile: 'foo' },
    handler: 'index.handler',
    runtime: 'python3.14',
    role: role, // Simple Union
  });
}
{
  const stack = new cdk.Stack(app, 'ArrayOfUnions');
  const role = new iam.Role(stack, 'SomeRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  const layer1 = new lambda.LayerVersion(stack, 'LayerVersion1', {
    code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
    compatibleRuntimes: [lambda.Runtime.PYTHON_3_14],
  });
  const layer2 = new lambda.LayerVersion(stack, 'LayerVersion2', {
    code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
    compatibleRuntimes: [lambda.Runtime.PYTHON_3_14],
  });
  new lambda.CfnFunction(stack, 'MyLambda', {
    code: { zipFile: 'foo' },
    handler: 'index.handler',
    runtime: 'python3.14',
    role: role,
    layers: [layer1, layer2], // Array of Unions
  });
}
{
  const stack = new cdk.Stack(app, 'ArrayReference');
  const role = new iam.Role(stack, 'SomeRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  const layer1 = new lambda.LayerVersion(stack, 'LayerVersion1', {
    code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
    compatibleRuntimes: [lambda.Runtime.PYTHON_3_14],
  });
  const layerArray = [layer1, 'layer2Arn'];
  new lambda.CfnFunction(stack, 'MyLambda', {
    code: { zipFile: 'foo' },
    handler: 'index.handler',
    runtime: 'python3.14',
    role: role,
    layers: layerArray,
  });

  layerArray.push('layer3Arn');
}
app.synth();
