// Conformance case 'cfn-lambda-l1-other-attributes': the attributes of CfnCapacityProvider, CfnWebFunction and CfnWebFunctionEndpoint (on the web function's ref) in outputs
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const cp = new lambda.CfnCapacityProvider(stack, 'Provider1', {
  permissionsConfig: {
    capacityProviderOperatorRoleArn: 'arn:aws:iam::123456789012:role/op',
  },
  vpcConfig: {
    subnetIds: ['subnet-1'],
    securityGroupIds: ['sg-1'],
  },
});
const wf = new lambda.CfnWebFunction(stack, 'Web1', {
  functionName: 'web',
});
const wfe = new lambda.CfnWebFunctionEndpoint(stack, 'Endpoint1', {
  authType: 'NONE',
  endpointName: 'main',
  endpointType: 'PUBLIC',
  functionName: wf.ref,
});
new cdk.CfnOutput(stack, 'ProviderArn', { value: cp.attrArn });
new cdk.CfnOutput(stack, 'ProviderState', { value: cp.attrState });
new cdk.CfnOutput(stack, 'WebArn', { value: wf.attrFunctionArn });
new cdk.CfnOutput(stack, 'EndpointDomain', { value: wfe.attrDomainName });
app.synth();
