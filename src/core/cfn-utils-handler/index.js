// ccdk's handler of the CfnUtils custom resources (written for ccdk; the same contract as
// aws-cdk-lib's). Custom::AWSCDKCfnJson: ResourceProperties.Value is JSON text (a CfnJson's value,
// which CloudFormation has resolved); the resource's attribute Value is that text parsed, so a
// template can use keys it knew only at deploy time. Custom::AWSCDKCfnJsonStringify: the attribute
// Value is ResourceProperties.Value written as JSON text.
'use strict';

function handle(event) {
  if (event.RequestType === 'Delete') return {};
  const value = (event.ResourceProperties || {}).Value;
  switch (event.ResourceType) {
    case 'Custom::AWSCDKCfnJson':
      return { Data: { Value: JSON.parse(value) } };
    case 'Custom::AWSCDKCfnJsonStringify':
      return { Data: { Value: JSON.stringify(value) } };
    default:
      throw new Error(`unexpected resource type: ${event.ResourceType}`);
  }
}

exports.handler = async (event) => handle(event);
exports.handle = handle; // for tests
