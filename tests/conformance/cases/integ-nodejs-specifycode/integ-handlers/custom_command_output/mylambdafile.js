// copied to ../custom_command_output/mylambdafile.js by build.sh
exports.handler = async function () {
  return 'NICE';
};
