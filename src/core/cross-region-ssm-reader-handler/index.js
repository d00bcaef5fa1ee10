// ccdk's handler of Custom::CrossRegionExportReader (written for ccdk; the same contract as
// aws-cdk-lib's). ResourceProperties.ReaderProps = {region, prefix, imports: {<parameter name>:
// <value>}}: CloudFormation has already resolved each value ({{resolve:ssm:<name>}}) from the SSM
// parameter a Custom::CrossRegionExportWriter wrote in this region. The reader marks the parameters
// it uses with the tag "aws-cdk:strong-ref:<prefix>" (so that the writer refuses to change or delete
// them), drops the tag from those it no longer uses, and returns the values as its attributes
// (Fn::GetAtt [reader, <parameter name>]).
'use strict';

const IMPORT_TAG = 'aws-cdk:strong-ref:';

function ssmClient(region) {
  // the AWS SDK v3 that the Lambda Node.js runtime provides
  const { SSM } = require('@aws-sdk/client-ssm');
  return new SSM({ region });
}

async function tag(ssm, names, key) {
  for (const name of names) {
    await ssm.addTagsToResource({ ResourceType: 'Parameter', ResourceId: name, Tags: [{ Key: key, Value: 'true' }] });
  }
}

// a parameter already gone (its writer's stack deleted) has no tag left to drop
async function untag(ssm, names, key) {
  for (const name of names) {
    try {
      await ssm.removeTagsFromResource({ ResourceType: 'Parameter', ResourceId: name, TagKeys: [key] });
    } catch (err) {
      if (!err || (err.name !== 'InvalidResourceId' && err.name !== 'ParameterNotFound')) throw err;
    }
  }
}

async function handle(event, clientFor = ssmClient) {
  const props = (event.ResourceProperties || {}).ReaderProps || {};
  const imports = props.imports || {};
  const key = IMPORT_TAG + props.prefix;
  const ssm = clientFor(props.region);
  if (event.RequestType === 'Create') {
    await tag(ssm, Object.keys(imports), key);
  } else if (event.RequestType === 'Update') {
    const old = (event.OldResourceProperties || {}).ReaderProps || {};
    const before = old.imports || {};
    await tag(ssm, Object.keys(imports).filter((name) => !(name in before)), key);
    await untag(ssm, Object.keys(before).filter((name) => !(name in imports)), IMPORT_TAG + old.prefix);
  } else if (event.RequestType === 'Delete') {
    await untag(ssm, Object.keys(imports), key);
    return {};
  }
  return { Data: { ...imports } };
}

exports.handler = (event) => handle(event);
exports.handle = handle; // for tests: handle(event, (region) => fakeSsm)
